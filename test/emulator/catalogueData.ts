/**
 * Naver's reference data for creating products, as the emulator serves it (routes/catalogueData.ts):
 * the category tree with each category's exceptions and certifications, the attributes of a
 * category and their values, origin area codes, brands and manufacturers; and the seller's own
 * settings the product APIs point at: address book entries, delivery bundle groups and return
 * couriers. The notice types (상품정보제공고시) are in providedNoticeData.ts.
 *
 * Everything is fixed data, the same for every emulator, so other route modules can import it: the
 * product routes check "leaf category only" against CATEGORIES, and the IDs the seeded products
 * carry (categories, address book numbers, bundle groups, brands, attributes) are all here.
 */

// --- categories (GET /v1/categories…) --------------------------------------------------------

/**
 * The category tree, one category a line ("ID 이름"), children indented by a tab under their
 * parent. The IDs the emulator's products use are kept (products.ts and productRecords.ts: 감귤
 * 50000803, 이어폰 50001203, 텀블러 50000145, 남성 티셔츠 50000830 and one leaf per notice type);
 * the top level has Naver's IDs (패션의류 50000000 … 면세점 50000010); the rest are the emulator's.
 */
const CATEGORY_TREE = `
50000000 패션의류
	50000167 여성의류
		50000807 원피스
		50010001 티셔츠
		50010002 블라우스/셔츠
		50010003 니트/스웨터
		50010004 카디건
		50010005 재킷
		50010006 코트
		50010007 점퍼
		50010008 바지
		50010009 청바지
		50010010 스커트
		50010011 레깅스
		50010012 트레이닝복
		50010013 정장세트
	50000169 남성의류
		50000830 티셔츠
		50010014 셔츠/남방
		50010015 니트/스웨터
		50010016 카디건
		50010017 재킷
		50010018 코트
		50010019 점퍼
		50010020 바지
		50010021 청바지
		50010022 정장세트
		50010023 트레이닝복
	50010024 여성언더웨어/잠옷
		50010025 브래지어
		50010026 팬티
		50010027 잠옷/홈웨어
		50010028 보정속옷
	50010029 남성언더웨어/잠옷
		50010030 팬티
		50010031 러닝
		50010032 잠옷/홈웨어
50000001 패션잡화
	50010033 여성신발
		50000788 로퍼
		50010034 운동화
		50010035 샌들
		50010036 부츠
		50010037 힐/펌프스
		50010038 슬리퍼
	50010039 남성신발
		50010040 운동화
		50010041 구두
		50010042 샌들
		50010043 부츠
		50010044 슬리퍼
	50010045 여성가방
		50000644 토트백
		50010046 숄더백
		50010047 크로스백
		50010048 백팩
		50010049 클러치백
	50010050 남성가방
		50010051 백팩
		50010052 크로스백
		50010053 서류가방
		50010054 클러치백
	50010055 모자
		50000615 베레모
		50010056 야구모자
		50010057 버킷햇
		50010058 비니
	50010059 주얼리
		50000542 목걸이
		50010060 귀걸이
		50010061 반지
		50010062 팔찌
	50010063 지갑
		50010064 여성지갑
		50010065 남성지갑
		50010066 카드/명함지갑
	50010067 벨트
		50010068 여성벨트
		50010069 남성벨트
	50010070 양말
		50010071 여성양말
		50010072 남성양말
50000002 화장품/미용
	50010073 스킨케어
		50010074 스킨/토너
		50010075 로션
		50010076 에센스
		50000437 크림
		50010077 아이크림
		50010078 미스트
	50010079 선케어
		50010080 선크림
		50010081 선스틱
	50010082 클렌징
		50010083 클렌징폼
		50010084 클렌징오일
		50010085 클렌징워터
	50010086 베이스메이크업
		50010087 파운데이션
		50010088 쿠션
		50010089 프라이머
	50010090 립메이크업
		50010091 립스틱
		50010092 립틴트
		50010093 립밤
	50010094 아이메이크업
		50010095 아이섀도
		50010096 마스카라
		50010097 아이라이너
	50010098 헤어케어
		50010099 샴푸
		50010100 린스/컨디셔너
		50010101 트리트먼트
		50010102 헤어에센스
	50010103 바디케어
		50010104 바디워시
		50010105 바디로션
		50010106 핸드크림
	50010107 향수
		50010108 여성향수
		50010109 남성향수
		50010110 남녀공용향수
	50010111 마스크/팩
		50010112 시트마스크
		50010113 워시오프팩
50000003 디지털/가전
	50000151 노트북
	50010114 태블릿PC
	50010115 TV
		50001404 LED TV
		50010116 OLED TV
		50010117 QLED TV
	50010118 생활가전
		50001460 세탁기
		50010119 건조기
		50010120 청소기
			50010121 무선청소기
			50010122 로봇청소기
			50010123 유선청소기
		50010124 다리미
		50010125 재봉틀
	50010126 계절가전
		50001490 에어컨
		50010127 선풍기
		50010128 제습기
		50010129 가습기
		50010130 공기청정기
		50010131 전기히터
	50010132 주방가전
		50010133 냉장고
		50010134 전자레인지
		50010135 전기밥솥
		50010136 에어프라이어
		50010137 커피머신
		50010138 믹서기
		50010139 전기포트
		50010140 식기세척기
	50010141 카메라
		50000268 미러리스
		50010142 DSLR
		50010143 액션캠
		50010144 카메라렌즈
	50010145 학습기기
		50000230 전자사전
		50010146 태블릿학습기
	50010147 휴대폰
		50000204 자급제폰
		50010148 공기계
		50010149 휴대폰케이스
		50010150 휴대폰충전기
	50010151 자동차기기
		50000257 내비게이션
		50010152 블랙박스
		50010153 하이패스
	50010154 음향가전
		50001203 이어폰
		50010155 헤드폰
		50010156 블루투스스피커
		50010157 사운드바
	50010158 렌탈
		50002371 정수기
		50010159 비데
		50010160 공기청정기
	50010161 컴퓨터
		50010162 데스크톱
		50010163 모니터
		50010164 키보드
		50010165 마우스
		50010166 프린터
50000004 가구/인테리어
	50010167 침구
		50001003 이불
		50010168 베개
		50010169 매트리스커버
		50010170 침구세트
	50010171 주방가구
		50001083 식탁
		50010172 식탁의자
		50010173 주방수납장
	50010174 침실가구
		50010175 침대
			50010176 침대프레임
			50010177 매트리스
		50010178 옷장
		50010179 화장대
		50010180 서랍장
	50010181 거실가구
		50010182 소파
		50010183 거실장
		50010184 테이블
	50010185 서재/사무용가구
		50010186 책상
		50010187 의자
		50010188 책장
	50010189 인테리어소품
		50010190 액자
		50010191 시계
		50010192 디퓨저
		50010193 캔들
		50010194 조화
	50010195 커튼/블라인드
		50010196 커튼
		50010197 블라인드
		50010198 롤스크린
	50010199 조명
		50010200 스탠드
		50010201 천장등
		50010202 무드등
	50010203 수납가구
		50010204 행거
		50010205 선반
		50010206 수납장
50000005 출산/육아
	50010207 완구
		50001222 블록
		50010208 인형
		50010209 자동차장난감
		50010210 보드게임
		50010211 퍼즐
	50010212 대여
		50002388 카시트
		50010213 유모차
	50010214 기저귀
		50010215 일회용기저귀
		50010216 천기저귀
	50010217 분유/이유식
		50010218 분유
		50010219 이유식
		50010220 아기간식
	50010221 유아동의류
		50010222 내의
		50010223 우주복
		50010224 아동원피스
	50010225 수유용품
		50010226 젖병
		50010227 유축기
	50010228 유모차
		50010229 디럭스유모차
		50010230 휴대용유모차
	50010231 카시트
		50010232 신생아카시트
		50010233 주니어카시트
50000006 식품
	50010234 농산물
		50010235 과일
			50000803 감귤
			50010236 사과
			50010237 배
			50010238 딸기
			50010239 포도
			50010240 수박
			50010241 복숭아
		50010242 채소
			50010243 감자
			50010244 고구마
			50010245 양파
			50010246 배추
			50010247 버섯
		50010248 쌀
			50010249 백미
			50010250 현미
			50010251 찹쌀
		50010252 잡곡
			50010253 보리
			50010254 귀리
	50010255 축산물
		50000834 소고기
		50010256 돼지고기
		50010257 닭고기
		50010258 계란
	50010259 수산물
		50010260 생선
		50010261 새우
		50010262 오징어
		50010263 전복
		50010264 김
		50010265 미역
	50010266 가공식품
		50000860 잼
		50010267 라면
		50010268 통조림
		50010269 즉석밥
		50010270 냉동식품
		50010271 소스/드레싱
		50010272 참기름/들기름
		50010273 과자
		50010274 시리얼
	50010275 건강식품
		50000903 비타민
		50010276 홍삼
		50010277 유산균
		50010278 오메가3
		50010279 단백질보충제
	50010280 음료
		50010281 생수
		50010282 탄산음료
		50010283 커피
		50010284 차
		50010285 주스
	50010286 모바일쿠폰
		50002470 커피
		50010287 베이커리
		50010288 아이스크림
	50010289 전통주
		50010290 막걸리
		50010291 약주
		50010292 과실주
50000007 스포츠/레저
	50010293 요가
		50001683 매트
		50010294 요가복
		50010295 요가블록
	50010296 캠핑
		50010297 텐트
		50010298 캠핑의자
		50010299 캠핑테이블
		50010300 침낭
		50010301 랜턴
		50010302 버너
	50010303 등산
		50010304 등산화
		50010305 등산가방
		50010306 등산스틱
	50010307 골프
		50010308 골프채
		50010309 골프공
		50010310 골프의류
	50010311 자전거
		50010312 하이브리드자전거
		50010313 로드자전거
		50010314 자전거헬멧
	50010315 헬스
		50010316 덤벨
		50010317 러닝머신
		50010318 실내자전거
	50010319 수영
		50010320 수영복
		50010321 수경
		50010322 수모
	50010323 낚시
		50010324 낚싯대
		50010325 릴
		50010326 낚시소품
50000008 생활/건강
	50010327 주방용품
		50000145 텀블러
		50000149 냄비
		50010328 프라이팬
		50010329 칼/도마
		50010330 식기
		50010331 밀폐용기
		50010332 수저
	50010333 자동차용품
		50001812 방향제
		50010334 세차용품
		50010335 차량용충전기
		50010336 시트커버
	50010337 의료용품
		50001903 혈압계
		50010338 체온계
		50010339 마스크
		50010340 밴드/반창고
	50010341 세제
		50001321 주방세제
		50010342 세탁세제
		50010343 섬유유연제
	50010344 위생용품
		50001334 소독제
		50010345 물티슈
		50010346 화장지
	50010347 반려동물
		50001750 급식기
		50010348 사료
		50010349 간식
		50010350 배변용품
		50010351 장난감
	50010352 상품권
		50002466 모바일상품권
		50010353 지류상품권
	50010354 욕실용품
		50010355 칫솔
		50010356 치약
		50010357 수건
		50010358 샤워기
	50010359 공구
		50010360 전동드릴
		50010361 공구세트
	50010362 생활용품
		50010363 우산
		50010364 건전지
	50010365 문구/사무용품
		50010366 필기구
		50010367 노트
		50010368 파일/바인더
	50010369 청소용품
		50010370 걸레/청소포
		50010371 빗자루
		50010372 쓰레기통
50000009 여가/생활편의
	50010373 공연
		50002485 뮤지컬
		50010374 연극
		50010375 콘서트
		50010376 클래식
	50010377 생활서비스
		50002512 청소
		50010378 이사
		50010379 세탁
		50010380 수리
	50010381 원데이클래스
		50010382 공예
		50010383 요리
		50010384 플라워
	50010385 국내여행
		50010386 숙박
		50010387 레저티켓
50000010 면세점
	50010388 화장품
	50010389 향수
	50010390 시계
50005000 도서
	50010391 역사
		50005542 한국사
		50010392 세계사
	50010393 소설
		50010394 한국소설
		50010395 외국소설
	50010396 에세이
	50010397 자기계발
	50010398 경제/경영
	50010399 어린이
		50010400 그림책
		50010401 동화
	50010402 만화
	50010403 e러닝
		50002404 외국어
		50010404 자격증
50005001 취미/반려
	50010405 악기
		50001640 기타
		50010406 피아노/키보드
		50010407 우쿨렐레
	50010408 프라모델
	50010409 반려식물
`;

export interface Category {
	id: string;
	/** The category's own name (카테고리명). */
	name: string;
	/** Its names from the top, joined by ">" (전체 카테고리명), e.g. 패션의류>남성의류>티셔츠. */
	wholeCategoryName: string;
	/** Whether it is a leaf (리프 카테고리): the only level a product can be registered in. */
	last: boolean;
	parentId?: string;
}

function parseTree(text: string): Category[] {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	const path: Category[] = [];
	const categories: Category[] = [];
	lines.forEach((line, index) => {
		const depth = line.length - line.replace(/^\t+/, '').length;
		const [id, ...words] = line.trim().split(' ');
		const name = words.join(' ');
		const parent = depth > 0 ? path[depth - 1] : undefined;
		const next = lines[index + 1];
		const nextDepth = next === undefined ? -1 : next.length - next.replace(/^\t+/, '').length;
		const category: Category = {
			id,
			name,
			wholeCategoryName: parent ? `${parent.wholeCategoryName}>${name}` : name,
			last: nextDepth <= depth,
			...(parent ? { parentId: parent.id } : {}),
		};
		path.length = depth;
		path.push(category);
		categories.push(category);
	});
	return categories;
}

/** Every category, parents before their children, in the tree's order. */
export const CATEGORIES: readonly Category[] = parseTree(CATEGORY_TREE);

const CATEGORY_BY_ID = new Map(CATEGORIES.map((category) => [category.id, category]));

export function categoryById(id: string): Category | undefined {
	return CATEGORY_BY_ID.get(id);
}

/** Whether a product may be registered in this category: it exists and is a leaf. */
export function isLeafCategory(id: string): boolean {
	return CATEGORY_BY_ID.get(id)?.last === true;
}

export function subCategoriesOf(id: string): Category[] {
	return CATEGORIES.filter((category) => category.parentId === id);
}

/** The top-level category (대카테고리) a category is under, or the category itself. */
export function topCategoryOf(category: Category): Category {
	let top = category;
	while (top.parentId !== undefined) top = CATEGORY_BY_ID.get(top.parentId)!;
	return top;
}

/** Rules keyed by a whole category name: they apply to it and to everything under it. */
const under = (category: Category, prefix: string) =>
	category.wholeCategoryName === prefix || category.wholeCategoryName.startsWith(`${prefix}>`);

/**
 * The exceptional category types (예외 카테고리) by branch of the tree, as a seller meets them:
 * origin labelling for food, certification for children's goods and appliances, e-coupons,
 * rentals, books, alcohol for adults. A category has those of every branch it is in.
 */
const EXCEPTIONAL_CATEGORIES: Array<[branch: string, types: string[]]> = [
	['패션의류', ['FREE_RETURN_INSURANCE', 'MANUFACTURE_DEFINE_NO', 'GROUP_PRODUCT_MAX']],
	['패션의류>여성언더웨어/잠옷', ['REVIEW_UNEXPOSE']],
	['패션의류>남성언더웨어/잠옷', ['REVIEW_UNEXPOSE']],
	['패션잡화', ['FREE_RETURN_INSURANCE', 'MANUFACTURE_DEFINE_NO']],
	['패션잡화>여성가방', ['VINTAGE_CITY']],
	['패션잡화>주얼리', ['OPTION_PRICE']],
	['화장품/미용', ['FREE_RETURN_INSURANCE']],
	['디지털/가전', ['KC_CERTIFICATION', 'MANUFACTURE_DEFINE_NO']],
	['디지털/가전>컴퓨터', ['AFFILIATE']],
	['디지털/가전>렌탈', ['RENTAL_SUBSCRIPTION']],
	['가구/인테리어', ['KC_CERTIFICATION', 'FREE_RETURN_INSURANCE']],
	['출산/육아', ['CHILD_CERTIFICATION', 'KC_CERTIFICATION']],
	['출산/육아>분유/이유식', ['ORIGINAREA_PRODUCTS', 'REGULAR_SUBSCRIPTION']],
	['출산/육아>기저귀', ['REGULAR_SUBSCRIPTION']],
	['출산/육아>대여', ['RENTAL_SUBSCRIPTION']],
	['식품', ['ORIGINAREA_PRODUCTS']],
	['식품>농산물', ['GREEN_PRODUCTS', 'REGULAR_SUBSCRIPTION']],
	['식품>축산물', ['GREEN_PRODUCTS']],
	['식품>수산물', ['MARINE_PRODUCTS', 'GREEN_PRODUCTS']],
	['식품>가공식품', ['UNIT_PRICE']],
	['식품>음료', ['UNIT_PRICE', 'REGULAR_SUBSCRIPTION']],
	['식품>모바일쿠폰', ['E_COUPON']],
	['식품>전통주', ['TRADITIONAL_ALCOHOL', 'ALCOHOL', 'ADULT', 'SEONE_AI_ASSISTANT_UNEXPOSE']],
	['스포츠/레저', ['FREE_RETURN_INSURANCE']],
	['스포츠/레저>자전거', ['KC_CERTIFICATION', 'SAFE_CRITERION']],
	['생활/건강>세제', ['SAFE_CRITERION']],
	['생활/건강>위생용품', ['SAFE_CRITERION', 'UNIT_PRICE']],
	['생활/건강>상품권', ['E_COUPON']],
	['여가/생활편의>공연', ['PERFORMANCE', 'E_COUPON']],
	['여가/생활편의>국내여행', ['E_COUPON', 'DYNAMIC_PRICING_CONFIG']],
	['도서', ['BOOK', 'BOOK_FREE', 'PREORDER_VALID_DATE']],
	['도서>어린이', ['BOOK_CHILD']],
	['도서>e러닝', ['BOOK_EBOOK']],
];

export function exceptionalCategoriesOf(category: Category): string[] {
	const types = EXCEPTIONAL_CATEGORIES.filter(([branch]) => under(category, branch)).flatMap(
		([, list]) => list,
	);
	return [...new Set(types)];
}

/** A certification a product of the category may (or must) declare (certificationInfos). */
export interface CertificationInfo {
	id: number;
	name: string;
	kindTypes: string[];
	green: boolean;
	certificationMarkType?: string;
	companyName: boolean;
	certificationDate: boolean;
	kcParallelImportExemptionObject: boolean;
	nonEssential: boolean;
}

const certification = (
	id: number,
	name: string,
	kindTypes: string[],
	certificationMarkType: string | undefined,
	flags: Partial<Omit<CertificationInfo, 'id' | 'name' | 'kindTypes'>> = {},
): CertificationInfo => ({
	id,
	name,
	kindTypes,
	green: false,
	...(certificationMarkType ? { certificationMarkType } : {}),
	companyName: false,
	certificationDate: false,
	kcParallelImportExemptionObject: false,
	nonEssential: false,
	...flags,
});

const PARALLEL_IMPORT = certification(1009, '병행수입', ['PARALLEL_IMPORT'], undefined, {
	nonEssential: true,
});
const OVERSEAS_PURCHASE = certification(1010, '구매대행', ['OVERSEAS'], undefined, {
	nonEssential: true,
});
const HACCP = certification(2301, '식품안전관리인증(HACCP)', ['ETC'], 'HACCP', {
	companyName: true,
});

/** The certifications of each branch; a leaf has those of every branch it is in. */
const CERTIFICATIONS: Array<[branch: string, infos: CertificationInfo[]]> = [
	[
		'디지털/가전',
		[
			certification(1001, '전기용품 안전인증', ['KC_CERTIFICATION'], 'KC', {
				kcParallelImportExemptionObject: true,
			}),
			certification(1002, '전기용품 안전확인', ['KC_CERTIFICATION'], 'KC', {
				kcParallelImportExemptionObject: true,
			}),
			certification(1003, '방송통신기자재 적합인증', ['KC_CERTIFICATION'], 'KC'),
			PARALLEL_IMPORT,
			OVERSEAS_PURCHASE,
		],
	],
	[
		'출산/육아',
		[
			certification(1101, '어린이제품 안전인증', ['CHILD_CERTIFICATION', 'KC_CERTIFICATION'], 'KC'),
			certification(1102, '어린이제품 안전확인', ['CHILD_CERTIFICATION', 'KC_CERTIFICATION'], 'KC'),
			certification(1103, '어린이제품 공급자적합성확인', ['CHILD_CERTIFICATION'], 'KC', {
				nonEssential: true,
			}),
			OVERSEAS_PURCHASE,
		],
	],
	[
		'가구/인테리어',
		[
			certification(5001, '가구 안전확인', ['KC_CERTIFICATION'], 'KC'),
			certification(5002, '환경표지', ['ETC'], 'ECO_FRIENDLY', { certificationDate: true }),
			certification(5003, 'FSC 산림인증', ['ETC'], 'ECO_OVERSEAS_FSC', { nonEssential: true }),
		],
	],
	['스포츠/레저>자전거', [certification(6001, '자전거 안전확인', ['KC_CERTIFICATION'], 'KC')]],
	['패션잡화', [PARALLEL_IMPORT, OVERSEAS_PURCHASE]],
	[
		'화장품/미용',
		[
			certification(4001, '비건 인증', ['ETC'], 'VEGAN', { companyName: true }),
			certification(4002, '해외 비건 인증(PETA)', ['ETC'], 'OVERSEAS_PETA', { nonEssential: true }),
			OVERSEAS_PURCHASE,
		],
	],
	[
		'식품>농산물',
		[
			certification(2001, '유기농산물', ['GREEN_PRODUCTS'], 'ORGANIC_AGRICULTURAL_PROD', {
				green: true,
				companyName: true,
				certificationDate: true,
			}),
			certification(2002, '무농약농산물', ['GREEN_PRODUCTS'], 'NON_PESTICIDE', {
				green: true,
				companyName: true,
				certificationDate: true,
			}),
			certification(2003, '농산물우수관리(GAP)', ['ETC'], 'GAP', { companyName: true }),
			certification(2004, '농산물이력추적관리', ['ETC'], 'AGRICULTURAL_TRACEABILITY'),
		],
	],
	[
		'식품>축산물',
		[
			certification(2101, '유기축산물', ['GREEN_PRODUCTS'], 'ORGANIC_ANIMAL_PROD', {
				green: true,
				companyName: true,
				certificationDate: true,
			}),
			certification(2102, '무항생제축산물', ['GREEN_PRODUCTS'], 'NON_ANTIBIOTIC', {
				green: true,
				companyName: true,
				certificationDate: true,
			}),
			certification(2103, '동물복지', ['ETC'], 'ANIMAL_WELFARE'),
			HACCP,
		],
	],
	[
		'식품>수산물',
		[
			certification(2201, '유기수산물', ['GREEN_PRODUCTS'], 'SEA_ORGANIC_PROD', {
				green: true,
				companyName: true,
			}),
			certification(2202, '수산물 품질인증', ['ETC'], 'QUALITY_SEAFOOD'),
			certification(2203, '친환경수산물', ['GREEN_PRODUCTS'], 'ECO_SEAFOOD', { green: true }),
		],
	],
	[
		'식품>가공식품',
		[
			HACCP,
			certification(2302, '유기가공식품', ['GREEN_PRODUCTS'], 'ORGANIC_PROCESSED_FOOD', {
				green: true,
				companyName: true,
			}),
			certification(2303, '전통식품 품질인증', ['ETC'], 'TRADITIONAL_FOOD'),
			certification(2304, '가공식품 KS인증', ['ETC'], 'PROCESSED_FOOD_KS'),
		],
	],
	[
		'식품>건강식품',
		[certification(2401, '건강기능식품 GMP', ['ETC'], 'GMP', { companyName: true }), HACCP],
	],
	['식품>전통주', [certification(2501, '주류 품질인증', ['ETC'], 'ALCOHOL')]],
	[
		'생활/건강>주방용품',
		[
			certification(3101, '식품용 기구 안전확인', ['KC_CERTIFICATION'], 'KC'),
			certification(3102, '저탄소 인증', ['ETC'], 'LOW_CARBON', { nonEssential: true }),
		],
	],
	[
		'생활/건강>세제',
		[certification(3001, '생활화학제품 안전확인', ['ETC'], 'LIVING_CHEMISTRY_SAFETY')],
	],
	[
		'생활/건강>위생용품',
		[certification(3001, '생활화학제품 안전확인', ['ETC'], 'LIVING_CHEMISTRY_SAFETY')],
	],
];

/** A leaf's certifications (a parent has none: products are certified in their leaf). */
export function certificationInfosOf(category: Category): CertificationInfo[] {
	if (!category.last) return [];
	const infos = CERTIFICATIONS.filter(([branch]) => under(category, branch)).flatMap(
		([, list]) => list,
	);
	return infos.filter((info, index) => infos.findIndex((other) => other.id === info.id) === index);
}

// --- attributes of a category (GET /v1/product-attributes/…) ---------------------------------

export interface CategoryAttribute {
	attributeSeq: number;
	attributeName: string;
	attributeClassificationType: 'SINGLE_SELECT' | 'MULTI_SELECT' | 'RANGE';
	attributeClassificationCodeName: string;
	attributeType: 'PRIMARY' | 'OPTIONAL';
	attributeTypeCodeName: string;
	unitUsable: boolean;
	/** A range's unit; the reference lists no unit codes, so the unit's own name is used. */
	representativeUnitCode?: string;
	/** How many values a multiple-choice attribute takes at most. */
	attributeValueMaxMatchingCount?: number;
}

export interface AttributeValue {
	attributeSeq: number;
	attributeValueSeq: number;
	/** The value of a choice, or the lower bound of a range. */
	minAttributeValue: string;
	minAttributeValueUnitCode?: string;
	/** The upper bound of a range; an open range ("1001ml 이상") has none. */
	maxAttributeValue?: string;
	maxAttributeValueUnitCode?: string;
	exposureOrder: number;
}

/**
 * The attributes (속성) of the leaves of each branch: "# branch" starts a block, "# branch <
 * other" also takes the other block's attributes. A line is "seq | name | classification | type |
 * extra | values": extra is the most a multiple choice takes, or a range's unit; a range's values
 * are "min~max" ("min~" is open). A value's seq is the attribute's seq × 10 + its position, so
 * 10001 소재 has 100011 스테인리스 … and 10002 용량 has 100021 "0~500ml" (what the seeded products
 * carry). A leaf takes the block of the most specific branch it is in; 도서, 여가/생활편의 and
 * 면세점 have none.
 */
const ATTRIBUTE_TABLE = `
# 생활/건강>주방용품
10001 | 소재 | MULTI_SELECT | PRIMARY | 3 | 스테인리스, 유리, 세라믹, 실리콘, 플라스틱
10002 | 용량 | RANGE | PRIMARY | ml | 0~500, 501~750, 751~1000, 1001~
10003 | 기능 | MULTI_SELECT | OPTIONAL | 4 | 보온, 보냉, 밀폐, 식기세척기 사용 가능
# 패션의류
10101 | 소재 | MULTI_SELECT | PRIMARY | 3 | 면, 폴리에스터, 린넨, 울, 나일론, 레이온
10102 | 핏 | SINGLE_SELECT | PRIMARY | | 슬림핏, 레귤러핏, 오버핏, 루즈핏
10103 | 소매기장 | SINGLE_SELECT | OPTIONAL | | 민소매, 반팔, 7부, 긴팔
10104 | 계절 | MULTI_SELECT | OPTIONAL | 4 | 봄, 여름, 가을, 겨울
10105 | 총장 | RANGE | OPTIONAL | cm | 0~60, 61~70, 71~80, 81~
# 패션잡화
10201 | 소재 | MULTI_SELECT | PRIMARY | 2 | 소가죽, 합성가죽, 캔버스, 나일론, 스웨이드
10202 | 색상계열 | SINGLE_SELECT | PRIMARY | | 블랙, 브라운, 베이지, 네이비, 화이트
10203 | 사용대상 | SINGLE_SELECT | OPTIONAL | | 여성용, 남성용, 남녀공용
# 화장품/미용
10301 | 피부타입 | MULTI_SELECT | PRIMARY | 5 | 건성, 지성, 복합성, 민감성, 모든피부
10302 | 기능 | MULTI_SELECT | PRIMARY | 3 | 보습, 미백, 주름개선, 진정, 자외선차단
10303 | 용량 | RANGE | OPTIONAL | ml | 0~50, 51~100, 101~200, 201~
# 디지털/가전
10401 | 에너지효율등급 | SINGLE_SELECT | PRIMARY | | 1등급, 2등급, 3등급, 4등급, 5등급
10402 | 색상 | SINGLE_SELECT | OPTIONAL | | 화이트, 블랙, 실버, 그레이
10403 | 소비전력 | RANGE | OPTIONAL | W | 0~100, 101~500, 501~1000, 1001~
# 디지털/가전>음향가전
10501 | 연결방식 | SINGLE_SELECT | PRIMARY | | 블루투스, 유선, 무선(2.4GHz)
10502 | 노이즈캔슬링 | SINGLE_SELECT | PRIMARY | | 지원, 미지원
10503 | 최대 재생시간 | RANGE | OPTIONAL | 시간 | 0~10, 11~20, 21~30, 31~
# 디지털/가전>휴대폰
10601 | 저장용량 | SINGLE_SELECT | PRIMARY | | 128GB, 256GB, 512GB, 1TB
10602 | 통신방식 | SINGLE_SELECT | PRIMARY | | 5G, LTE
# 디지털/가전>노트북
10701 | 화면크기 | RANGE | PRIMARY | 인치 | 0~13, 14~15, 16~
10702 | 운영체제 | SINGLE_SELECT | PRIMARY | | 윈도우11, macOS, 프리도스
10703 | 메모리 | SINGLE_SELECT | OPTIONAL | | 8GB, 16GB, 32GB
# 가구/인테리어
10801 | 소재 | MULTI_SELECT | PRIMARY | 3 | 원목, MDF, 철제, 패브릭, 가죽
10802 | 사용인원 | SINGLE_SELECT | OPTIONAL | | 1인, 2인, 4인, 6인
10803 | 가로길이 | RANGE | OPTIONAL | cm | 0~100, 101~150, 151~200, 201~
# 출산/육아
10901 | 사용연령 | MULTI_SELECT | PRIMARY | 4 | 0~6개월, 7~12개월, 13~24개월, 3세 이상
10902 | 소재 | MULTI_SELECT | OPTIONAL | 2 | 원목, 플라스틱, 면, 실리콘
# 식품
11001 | 보관방법 | SINGLE_SELECT | PRIMARY | | 실온, 냉장, 냉동
11002 | 중량 | RANGE | PRIMARY | kg | 0~1, 1.1~3, 3.1~5, 5.1~
11003 | 포장형태 | SINGLE_SELECT | OPTIONAL | | 박스, 봉지, 병, 캔
# 식품>농산물>과일 < 식품
11101 | 당도 | SINGLE_SELECT | PRIMARY | | 일반, 고당도
11102 | 크기 | SINGLE_SELECT | PRIMARY | | 소과, 중과, 대과, 특대과
# 스포츠/레저
11201 | 소재 | MULTI_SELECT | PRIMARY | 2 | 폴리에스터, 나일론, TPE, 천연고무, 알루미늄
11202 | 두께 | RANGE | OPTIONAL | mm | 0~5, 6~8, 9~10, 11~
# 생활/건강
11301 | 향 | SINGLE_SELECT | OPTIONAL | | 무향, 레몬, 라벤더, 허브, 자몽
11302 | 용량 | RANGE | PRIMARY | ml | 0~500, 501~1000, 1001~2000, 2001~
# 취미/반려
11401 | 재질 | SINGLE_SELECT | PRIMARY | | 원목, 합판, 플라스틱, 금속
`;

const CLASSIFICATION_NAMES = { SINGLE_SELECT: '단일선택', MULTI_SELECT: '복수선택', RANGE: '범위' };
const TYPE_NAMES = { PRIMARY: '주요속성', OPTIONAL: '선택속성' };

interface AttributeBlock {
	branch: string;
	also?: string;
	attributes: CategoryAttribute[];
	values: AttributeValue[];
}

function parseAttributes(text: string): AttributeBlock[] {
	const blocks: AttributeBlock[] = [];
	for (const line of text.split('\n').filter((entry) => entry.trim() !== '')) {
		if (line.startsWith('# ')) {
			const [branch, also] = line
				.slice(2)
				.split('<')
				.map((part) => part.trim());
			blocks.push({ branch, ...(also ? { also } : {}), attributes: [], values: [] });
			continue;
		}
		const [seqText, attributeName, classification, type, extra, valueList] = line
			.split('|')
			.map((cell) => cell.trim());
		const attributeSeq = Number(seqText);
		const classificationType = classification as CategoryAttribute['attributeClassificationType'];
		const attributeType = type as CategoryAttribute['attributeType'];
		const isRange = classificationType === 'RANGE';
		const block = blocks[blocks.length - 1];
		block.attributes.push({
			attributeSeq,
			attributeName,
			attributeClassificationType: classificationType,
			attributeClassificationCodeName: CLASSIFICATION_NAMES[classificationType],
			attributeType,
			attributeTypeCodeName: TYPE_NAMES[attributeType],
			unitUsable: isRange,
			...(isRange ? { representativeUnitCode: extra } : {}),
			...(classificationType === 'MULTI_SELECT'
				? { attributeValueMaxMatchingCount: Number(extra) }
				: {}),
		});
		valueList.split(',').forEach((value, index) => {
			const [min, max] = value.trim().split('~');
			block.values.push({
				attributeSeq,
				attributeValueSeq: attributeSeq * 10 + index + 1,
				minAttributeValue: isRange ? min : value.trim(),
				...(isRange ? { minAttributeValueUnitCode: extra } : {}),
				...(isRange && max ? { maxAttributeValue: max, maxAttributeValueUnitCode: extra } : {}),
				exposureOrder: index + 1,
			});
		});
	}
	return blocks;
}

const ATTRIBUTE_BLOCKS = parseAttributes(ATTRIBUTE_TABLE);

function attributeBlocksOf(category: Category): AttributeBlock[] {
	if (!category.last) return [];
	const block = ATTRIBUTE_BLOCKS.filter((candidate) => under(category, candidate.branch)).sort(
		(a, b) => b.branch.length - a.branch.length,
	)[0];
	if (!block) return [];
	const also = ATTRIBUTE_BLOCKS.find((candidate) => candidate.branch === block.also);
	return also ? [also, block] : [block];
}

/** The attributes of a leaf category; a parent category has none. */
export function attributesOf(category: Category): CategoryAttribute[] {
	return attributeBlocksOf(category).flatMap((block) => block.attributes);
}

/** The values of every attribute of a leaf category, attribute by attribute. */
export function attributeValuesOf(category: Category): AttributeValue[] {
	return attributeBlocksOf(category).flatMap((block) => block.values);
}

// --- origin areas (GET /v1/product-origin-areas…) ----------------------------------------------

/**
 * The origin area codes (원산지 코드). The reference documents only the six top-level codes (POST
 * /v2/products: 00 국산, 01 원양산, 02 수입산, 03 기타-상세 설명에 표시, 04 기타-직접 입력, 05 원산지
 * 표기 의무 대상 아님) and the name formats of the query ("국산: 광역시도 > 시구군, 수입산: 대륙 >
 * 국가명, 원양산: 해역명"); it is silent on the detailed codes. The emulator reads them as a
 * hierarchy of digits: the top-level code, two digits for the province, continent or sea, three
 * for the city or country, so 0200037 is 수입산 > 아시아 > 중국. A city's or country's name is its
 * whole name below the top level ("경기도>이천시", "아시아>중국"), the others their own.
 */
const ORIGIN_AREA_TABLE = `
00 국산
0001 서울특별시: 001 강남구, 002 마포구, 003 성동구, 004 종로구, 005 중구
0002 부산광역시: 001 기장군, 002 강서구, 003 해운대구
0003 대구광역시: 001 달성군, 002 군위군
0004 인천광역시: 001 강화군, 002 옹진군
0005 광주광역시: 001 광산구
0006 대전광역시: 001 유성구
0007 울산광역시: 001 울주군
0008 세종특별자치시
0009 경기도: 001 수원시, 002 성남시, 003 고양시, 004 용인시, 005 이천시, 006 여주시, 007 평택시, 008 안성시
0010 강원특별자치도: 001 강릉시, 002 춘천시, 003 평창군, 004 횡성군, 005 홍천군, 006 속초시
0011 충청북도: 001 충주시, 002 괴산군, 003 영동군, 004 음성군
0012 충청남도: 001 논산시, 002 서산시, 003 금산군, 004 보령시, 005 태안군
0013 전북특별자치도: 001 고창군, 002 순창군, 003 전주시, 004 김제시
0014 전라남도: 001 나주시, 002 완도군, 003 해남군, 004 영광군, 005 신안군, 006 무안군
0015 경상북도: 001 안동시, 002 영주시, 003 성주군, 004 청송군, 005 의성군, 006 영덕군, 007 상주시
0016 경상남도: 001 하동군, 002 통영시, 003 남해군, 004 거창군, 005 밀양시
0017 제주특별자치도: 001 제주시, 002 서귀포시
01 원양산
0101 북서태평양
0102 중서부태평양
0103 남동태평양
0104 인도양
0105 북동대서양
0106 남서대서양
0107 남극해
02 수입산
0200 아시아: 010 네팔, 012 대만, 015 라오스, 017 말레이시아, 019 몽골, 020 미얀마, 021 방글라데시, 022 베트남, 025 사우디아라비아, 027 스리랑카, 028 싱가포르, 029 아랍에미리트, 031 우즈베키스탄, 032 이란, 033 이스라엘, 034 인도, 035 인도네시아, 036 일본, 037 중국, 038 카자흐스탄, 039 캄보디아, 040 태국, 041 튀르키예, 042 파키스탄, 043 필리핀, 044 홍콩
0201 유럽: 001 그리스, 003 네덜란드, 004 노르웨이, 005 덴마크, 006 독일, 010 벨기에, 014 스웨덴, 015 스위스, 016 스페인, 019 영국, 020 오스트리아, 021 아일랜드, 022 이탈리아, 025 포르투갈, 026 폴란드, 027 프랑스, 028 핀란드, 029 헝가리
0202 북아메리카: 001 미국, 002 캐나다, 003 멕시코
0203 남아메리카: 001 브라질, 002 칠레, 003 아르헨티나, 004 페루, 005 콜롬비아, 006 에콰도르
0204 오세아니아: 001 호주, 002 뉴질랜드, 003 피지
0205 아프리카: 001 남아프리카공화국, 002 이집트, 003 케냐, 004 에티오피아, 005 모로코, 006 가나
03 기타-상세 설명에 표시
04 기타-직접 입력
05 원산지 표기 의무 대상 아님
`;

export interface OriginArea {
	code: string;
	name: string;
}

function parseOriginAreas(text: string): OriginArea[] {
	const areas: OriginArea[] = [];
	for (const line of text.split('\n').filter((entry) => entry.trim() !== '')) {
		const [head, children] = line.split(':');
		const [code, ...words] = head.trim().split(' ');
		const name = words.join(' ');
		areas.push({ code, name });
		for (const child of children?.split(',') ?? []) {
			const [suffix, ...childWords] = child.trim().split(' ');
			areas.push({ code: `${code}${suffix}`, name: `${name}>${childWords.join(' ')}` });
		}
	}
	return areas;
}

/** Every origin area code, in code order. */
export const ORIGIN_AREAS: readonly OriginArea[] = parseOriginAreas(ORIGIN_AREA_TABLE);

/** The code one level up (0200037 → 0200 → 02), or undefined for a top-level code. */
export function parentOriginAreaCode(code: string): string | undefined {
	if (code.length === 7) return code.slice(0, 4);
	if (code.length === 4) return code.slice(0, 2);
	return undefined;
}

// --- brands and manufacturers (GET /v1/product-brands, /v1/product-manufacturers) --------------

export interface NamedId {
	id: number;
	name: string;
}

const namedIds = (firstId: number, names: string[]): NamedId[] =>
	names.map((name, index) => ({ id: firstId + index, name }));

/**
 * Naver's brand dictionary, in part: 90001 에뮬레이터 and 90002 에뮬 are what the seeded products
 * carry (naverShoppingSearchInfo.brandId).
 */
export const BRANDS: readonly NamedId[] = [
	{ id: 90_001, name: '에뮬레이터' },
	{ id: 90_002, name: '에뮬' },
	...namedIds(210_001, [
		'삼성전자',
		'LG전자',
		'애플',
		'소니',
		'샤오미',
		'다이슨',
		'필립스',
		'브라운',
		'보스',
		'JBL',
		'젠하이저',
		'캐논',
		'니콘',
		'후지필름',
		'로지텍',
		'쿠쿠',
		'쿠첸',
		'코웨이',
		'위닉스',
		'락앤락',
		'해피콜',
		'테팔',
		'스탠리',
		'써모스',
		'코렐',
		'나이키',
		'아디다스',
		'뉴발란스',
		'휠라',
		'무신사 스탠다드',
		'탑텐',
		'스파오',
		'유니클로',
		'노스페이스',
		'코오롱스포츠',
		'설화수',
		'이니스프리',
		'라네즈',
		'닥터자르트',
		'토리든',
		'라운드랩',
		'정관장',
		'종근당건강',
		'비비고',
		'오뚜기',
		'농심',
		'풀무원',
		'동원',
		'청정원',
		'제주삼다수',
		'한샘',
		'일룸',
		'시디즈',
		'이케아',
		'레고',
		'피셔프라이스',
		'하기스',
		'페스룸',
		'로얄캐닌',
		'오리지널 제주감귤',
	]),
];

/** Naver's manufacturer dictionary, in part, with the makers the seeded products name. */
export const MANUFACTURERS: readonly NamedId[] = namedIds(310_001, [
	'한국에뮬레이터(주)',
	'에뮬레이터 제조사',
	'삼성전자(주)',
	'LG전자(주)',
	'Apple Inc.',
	'소니코리아(주)',
	'Xiaomi Inc.',
	'다이슨코리아',
	'필립스코리아',
	'쿠쿠전자(주)',
	'(주)쿠첸',
	'코웨이(주)',
	'(주)위닉스',
	'(주)락앤락',
	'(주)해피콜',
	'그룹세브코리아',
	'(주)아모레퍼시픽',
	'(주)LG생활건강',
	'한국콜마(주)',
	'코스맥스(주)',
	'CJ제일제당(주)',
	'(주)오뚜기',
	'(주)농심',
	'풀무원식품(주)',
	'동원F&B',
	'대상(주)',
	'한국인삼공사',
	'종근당건강(주)',
	'(주)한샘',
	'(주)일룸',
	'(주)시디즈',
	'나이키코리아',
	'아디다스코리아',
	'(주)이랜드월드',
	'(주)신성통상',
	'영원아웃도어',
	'유한킴벌리(주)',
	'레고코리아',
	'제주특별자치도개발공사',
	'제주감귤농협',
	'이천농협',
	'횡성축협',
	'완도수협',
]);

// --- the seller's settings: address book, bundle groups, return couriers ----------------------

/** The address types of the seller's address book (AddressBookType.sellers). */
export type AddressType =
	| 'REPRESENTATIVE'
	| 'BUSINESS'
	| 'GENERAL'
	| 'RELEASE'
	| 'REFUND_OR_EXCHANGE'
	| 'LOGISTICS_CENTER_RELEASE'
	| 'LOGISTICS_CENTER_REFUND_OR_EXCHANGE'
	| 'OVERSEAS_BANK';

export interface AddressBookEntry {
	addressBookNo: number;
	name: string;
	addressType: AddressType;
	postalCode: string;
	baseAddress: string;
	detailAddress: string;
	/** The whole address: base and detail. */
	address: string;
	phoneNumber1: string;
	phoneNumber2?: string;
	hasLocation: boolean;
	roadNameAddress: boolean;
	overseasAddress: boolean;
}

/** The entries the seeded products point at (shippingAddressId, returnAddressId, …). */
export const ADDRESS_BOOK_NOS = {
	shipping: 1_001_001,
	returns: 1_001_002,
	visit: 1_001_003,
	store: 1_001_004,
};

const entry = (
	addressBookNo: number,
	name: string,
	addressType: AddressType,
	postalCode: string,
	baseAddress: string,
	detailAddress: string,
	phones: [string, string?],
	flags: { road?: boolean; located?: boolean; overseas?: boolean } = {},
): AddressBookEntry => ({
	addressBookNo,
	name,
	addressType,
	postalCode,
	baseAddress,
	detailAddress,
	address: detailAddress ? `${baseAddress} ${detailAddress}` : baseAddress,
	phoneNumber1: phones[0],
	...(phones[1] ? { phoneNumber2: phones[1] } : {}),
	hasLocation: flags.located ?? true,
	roadNameAddress: flags.road ?? true,
	overseasAddress: flags.overseas ?? false,
});

const PARTNER_STREETS = [
	['04524', '서울특별시 중구 세종대로 110'],
	['06164', '서울특별시 강남구 영동대로 513'],
	['13494', '경기도 성남시 분당구 대왕판교로 645번길 16'],
	['21984', '인천광역시 연수구 센트럴로 160'],
	['48058', '부산광역시 해운대구 센텀중앙로 79'],
	['41585', '대구광역시 북구 엑스코로 10'],
	['34126', '대전광역시 유성구 엑스포로 107'],
	['61945', '광주광역시 서구 상무중앙로 7'],
	['63122', '제주특별자치도 제주시 연북로 2'],
	['26464', '강원특별자치도 원주시 시청로 1'],
];

/**
 * The seller's address book: the business addresses, the shipping (출고지) and return (반품/교환지)
 * addresses products use, a fulfilment centre's pair, an overseas bank address, and the general
 * addresses a store keeps (pick-up points, suppliers) – 125 in all, so the list, 100 a page,
 * has two pages.
 */
export function seedAddressBook(): AddressBookEntry[] {
	const entries: AddressBookEntry[] = [
		entry(
			1_000_901,
			'에뮬레이터 스토어 사업장',
			'REPRESENTATIVE',
			'06236',
			'서울특별시 강남구 테헤란로 152',
			'강남파이낸스센터 12층',
			['02-6000-1000'],
		),
		entry(
			1_000_902,
			'판교 사무소',
			'BUSINESS',
			'13529',
			'경기도 성남시 분당구 판교역로 166',
			'판교테크노밸리 B동 3층',
			['031-600-2000'],
		),
		entry(
			ADDRESS_BOOK_NOS.shipping,
			'이천 물류창고 출고지',
			'RELEASE',
			'17385',
			'경기도 이천시 마장면 덕이로 154-10',
			'에뮬레이터 물류센터 A동',
			['031-638-1000', '010-2345-6789'],
		),
		entry(
			ADDRESS_BOOK_NOS.returns,
			'이천 물류창고 반품지',
			'REFUND_OR_EXCHANGE',
			'17385',
			'경기도 이천시 마장면 덕이로 154-10',
			'에뮬레이터 물류센터 B동 반품팀',
			['031-638-1001', '010-2345-6789'],
		),
		entry(
			ADDRESS_BOOK_NOS.visit,
			'성수 쇼룸 방문수령',
			'GENERAL',
			'04781',
			'서울특별시 성동구 성수이로 113',
			'1층 에뮬레이터 쇼룸',
			['02-6000-1100'],
		),
		entry(
			ADDRESS_BOOK_NOS.store,
			'홍대 오프라인 매장',
			'GENERAL',
			'04039',
			'서울특별시 마포구 양화로 160',
			'2층',
			['02-6000-1200'],
		),
		entry(
			1_001_005,
			'제주 산지 출고지',
			'RELEASE',
			'63568',
			'제주특별자치도 서귀포시 남원읍 남조로 1020',
			'감귤 선과장',
			['064-764-1000', '010-3456-7890'],
		),
		entry(
			1_001_006,
			'제주 산지 반품지',
			'REFUND_OR_EXCHANGE',
			'63568',
			'제주특별자치도 서귀포시 남원읍 남조로 1020',
			'감귤 선과장 사무동',
			['064-764-1001'],
		),
		entry(
			1_001_007,
			'부산 출고지',
			'RELEASE',
			'46757',
			'부산광역시 강서구 송정동 1600-1',
			'부산신항 배후단지 3블록',
			['051-831-1000'],
			{ road: false },
		),
		entry(
			1_001_008,
			'풀필먼트 곤지암센터 출고지',
			'LOGISTICS_CENTER_RELEASE',
			'12775',
			'경기도 광주시 곤지암읍 경충대로 201',
			'곤지암 풀필먼트센터',
			['031-769-1000'],
		),
		entry(
			1_001_009,
			'풀필먼트 곤지암센터 반품지',
			'LOGISTICS_CENTER_REFUND_OR_EXCHANGE',
			'12775',
			'경기도 광주시 곤지암읍 경충대로 201',
			'곤지암 풀필먼트센터 반품동',
			['031-769-1001'],
		),
		entry(
			1_001_010,
			'HSBC Hong Kong (해외 정산 계좌)',
			'OVERSEAS_BANK',
			'999077',
			"1 Queen's Road Central, Central, Hong Kong",
			'HSBC Main Building',
			['+852-2822-1111'],
			{ located: false, overseas: true },
		),
	];
	for (let index = 0; index < 113; index++) {
		const [postalCode, street] = PARTNER_STREETS[index % PARTNER_STREETS.length];
		entries.push(
			entry(
				1_001_101 + index,
				`거래처 ${String(index + 1).padStart(3, '0')}`,
				'GENERAL',
				postalCode,
				street,
				`${(index % 12) + 1}층 ${100 + index}호`,
				[`02-${String(3000 + index)}-${String(1000 + index * 7).slice(-4)}`],
				{ located: index % 5 !== 4 },
			),
		);
	}
	return entries;
}

export interface DeliveryBundleGroup {
	id: number;
	name: string;
	usable: boolean;
	baseGroup: boolean;
	deliveryFeeChargeMethodType: 'MIN' | 'MAX';
	deliveryFeeByArea?: {
		deliveryAreaType: 'AREA_2' | 'AREA_3';
		area2extraFee?: number;
		area3extraFee?: number;
	};
}

const group = (
	id: number,
	name: string,
	method: 'MIN' | 'MAX',
	area?: [number] | [number, number],
	flags: { usable?: boolean; baseGroup?: boolean } = {},
): DeliveryBundleGroup => ({
	id,
	name,
	usable: flags.baseGroup ? true : (flags.usable ?? true),
	baseGroup: flags.baseGroup ?? false,
	deliveryFeeChargeMethodType: method,
	...(area
		? {
				deliveryFeeByArea:
					area.length === 2
						? { deliveryAreaType: 'AREA_3', area2extraFee: area[0], area3extraFee: area[1] }
						: { deliveryAreaType: 'AREA_2', area2extraFee: area[0] },
			}
		: {}),
});

/**
 * The seller's delivery bundle groups (묶음배송 그룹): the base group (기본 그룹, always usable,
 * as Naver sets it) and the groups 800002 and 800003 the seeded products use, and more, some no
 * longer in use.
 */
export function seedBundleGroups(): DeliveryBundleGroup[] {
	return [
		group(800_001, '기본 묶음배송 그룹', 'MIN', [3000], { baseGroup: true }),
		group(800_002, '냉장/냉동 식품', 'MAX', [3000, 5000]),
		group(800_003, '대형 가전', 'MAX', [5000, 8000]),
		group(800_004, '제주 산지직송 과일', 'MIN'),
		group(800_005, '의류 묶음배송', 'MIN', [3000]),
		group(800_006, '패션잡화 묶음배송', 'MIN', [3000]),
		group(800_007, '도서 묶음배송', 'MIN'),
		group(800_008, '가구 설치배송', 'MAX', [30000, 50000]),
		group(800_009, '2025 추석 선물세트', 'MAX', [3000, 5000], { usable: false }),
		group(800_010, '화장품 묶음배송', 'MIN', [3000]),
		group(800_011, '생활용품 묶음배송', 'MIN', [3000, 5000]),
		group(800_012, '반려동물 용품', 'MIN', [3000]),
		group(800_013, '캠핑용품 묶음배송', 'MAX', [4000, 6000]),
		group(800_014, '2024 설 선물세트', 'MAX', [3000, 5000], { usable: false }),
		group(800_015, '유아용품 묶음배송', 'MIN', [3000]),
		group(800_016, '주방가전 묶음배송', 'MAX', [5000]),
		group(800_017, '건강식품 묶음배송', 'MIN'),
		group(800_018, '수산물 산지직송', 'MAX', [5000, 7000]),
		group(800_019, '축산물 냉장배송', 'MAX', [5000, 7000]),
		group(800_020, '시즌오프 특가', 'MIN', [3000], { usable: false }),
		group(800_021, '디지털 액세서리', 'MIN', [3000]),
		group(800_022, '문구/사무용품', 'MIN'),
		group(800_023, '면세 화장품', 'MIN', [3000]),
		group(800_024, '대형 가구 직배송', 'MAX', [50000, 80000]),
	];
}

export interface ReturnCourier {
	id: number;
	name: string;
	returnDeliveryCompanyPriorityType: string;
}

/**
 * The return couriers the seller has contracts with (반품/교환 택배사), by priority: PRIMARY is the
 * one a product uses unless it names another (the seeded products use PRIMARY and SECONDARY_1).
 */
export function seedReturnCouriers(): ReturnCourier[] {
	return [
		{ id: 2_000_101, name: 'CJ대한통운', returnDeliveryCompanyPriorityType: 'PRIMARY' },
		{ id: 2_000_102, name: '우체국택배', returnDeliveryCompanyPriorityType: 'SECONDARY_1' },
		{ id: 2_000_103, name: '롯데택배', returnDeliveryCompanyPriorityType: 'SECONDARY_2' },
		{ id: 2_000_104, name: '한진택배', returnDeliveryCompanyPriorityType: 'SECONDARY_3' },
		{ id: 2_000_105, name: '로젠택배', returnDeliveryCompanyPriorityType: 'SECONDARY_4' },
	];
}
