/**
 * The product information notice types (상품정보제공고시 상품군) as GET /v1/products-for-provided-notice
 * serves them: each type's name and the fields a seller fills, in the order, with the labels,
 * explanations and lengths of Naver's reference for the notice objects (POST /v2/products,
 * detailAttribute.productInfoProvidedNotice): the field names are those of the contract.
 *
 * The reference does not say what fieldType holds; the emulator gives the Java type each field has
 * there (String, Boolean, Integer; YearMonth for the release month the reference documents as an
 * object of year and month). fieldAddDescription joins a field's explanation and the note of its
 * type ("'yyyy-MM' 형식 입력", "packDate를 입력하지 않은 경우에는 필수"); fieldMaxLength is its
 * documented "<= N characters", left out where none is documented. The fields marked deprecated
 * there (expirationDate of food) are left out: a seller is no longer asked for them.
 *
 * The type list also names LODGMENT_RESERVATION, TRAVEL_PACKAGE, AIRLINE_TICKET and RENT_CAR,
 * for which the reference documents no object and no fields, and its list of types in words leaves
 * them out: the emulator does not serve them (a product cannot carry a notice of them).
 */

/** The five fields every type starts with: the terms of withdrawal and refund (청약철회). */
const CLAIM_FIELDS = `
returnCostReason | String |  | 제품하자/오배송에 따른 청약철회 조항 | 제품하자ㆍ오배송 등에 따른 청약철회 등의 경우 청약철회 등의 기한 및 통신판매업자가 부담하는 반품 비용 등에 관한 정보. 미입력 시 상품상세 참조로 입력됩니다.
noRefundReason | String |  | 제품하자가 아닌 소비자의 단순변심에 따른 청약철회가 불가능한 경우 그 구체적 사유와 근거 | 미입력 시 상품상세 참조로 입력됩니다.
qualityAssuranceStandard | String |  | 재화 등의 교환ㆍ반품ㆍ보증 조건 및 품질 보증 기준 | 미입력 시 상품상세 참조로 입력됩니다.
compensationProcedure | String |  | 대금을 환불받기 위한 방법과 환불이 지연될 경우 지연배상금을 지급받을 수 있다는 사실 및 배상금 지급의 구체적인 조건·절차 | 미입력 시 상품상세 참조로 입력됩니다.
troubleShootingContents | String |  | 소비자피해보상의 처리, 재화 등에 대한 불만 처리 및 소비자와 사업자 사이의 분쟁 처리에 관한 사항 | 미입력 시 상품상세 참조로 입력됩니다.
`;

const TYPE_TABLE = `
# WEAR | 의류
material | String | 1500 | 제품 소재 | 섬유의 조성 또는 혼용율을 백분율로 표시, 기능성인 경우 성적서 또는 허가서
color | String | 200 | 색상
size | String | 200 | 치수
manufacturer | String | 200 | 제조자(사)
caution | String | 1500 | 세탁 방법 및 취급 시 주의사항
packDate | String | 300 | 제조연월 | 'yyyy-MM' 형식 입력
packDateText | String | 300 | 제조연월 직접 입력 | packDate를 입력하지 않은 경우에는 필수
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# SHOES | 구두/신발
material | String | 1500 | 제품의 주 소재 | 운동화인 경우에는 겉감, 안감을 구분하여 표시
color | String | 200 | 색상
size | String | 200 | 발길이 | 해외사이즈 표기 시 국내사이즈 병행 표기(단위: mm)
height | String | 200 | 굽높이 | 굽 재료를 사용하는 여성화에 한함(단위: cm) 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
manufacturer | String | 200 | 제조자(사)
caution | String | 1500 | 취급 시 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# BAG | 가방
type | String | 200 | 종류
material | String | 1500 | 소재
color | String | 200 | 색상
size | String | 200 | 크기
manufacturer | String | 200 | 제조자
caution | String | 1500 | 취급 시 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# FASHION_ITEMS | 패션잡화(모자/벨트/액세서리)
type | String | 200 | 종류
material | String | 1500 | 소재
size | String | 200 | 치수
manufacturer | String | 200 | 제조자(사)
caution | String | 1500 | 취급 시 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# SLEEPING_GEAR | 침구류/커튼
material | String | 1500 | 제품 소재 | 섬유의 조성 또는 혼용율을 백분율로 표시, 충전재를 사용한 제품은 충전재를 함께 표기
color | String | 200 | 색상
size | String | 200 | 치수
components | String | 1000 | 제품 구성
manufacturer | String | 200 | 제조자(사)
caution | String | 1500 | 세탁 방법 및 취급 시 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# FURNITURE | 가구(침대/소파/싱크대/DIY제품)
itemName | String | 50 | 품명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 공급자적합성확인대상제품에 한함
color | String | 200 | 색상
components | String | 500 | 구성품
material | String | 500 | 주요 소재
manufacturer | String | 200 | 제조자(사) | 구성품별 제조자(사)가 다른 경우 각 구성품의 제조자(사)
importer | String | 200 | 수입자 | 수입품의 경우 수입자를 함께 표시. 구성품별 제조자가 다른 경우 각 구성품의 수입자 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
producer | String | 200 | 제조국 | 구성품별 제조국이 다른 경우 각 구성품의 제조국
size | String | 200 | 크기
installedCharge | String | 200 | 배송 설치 비용
warrantyPolicy | String | 1500 | 품질 보증 기준
refurb | String | 200 | 재공급 사유 및 하자 | 재공급(리퍼브) 가구의 경우 재공급 사유 및 하자 부위 표시(예: 전시 상품으로 식탁 상판 등에 미세한 흠집 있음) 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# IMAGE_APPLIANCES | 영상가전(TV류)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
powerConsumption | String | 200 | 소비전력 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
energyEfficiencyRating | String | 200 | 에너지소비효율등급 | ｢에너지이용 합리화법｣에 따른 에너지소비효율등급 표시대상 기자재에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월일 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기, 형태
additionalCost | String | 200 | 추가 설치 비용
displaySpecification | String | 200 | 화면 사양 | 화면 크기, 해상도, 화면 비율 등
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# HOME_APPLIANCES | 가정용 전기제품(냉장고/세탁기/식기세척기/전자레인지)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
powerConsumption | String | 200 | 소비전력 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
energyEfficiencyRating | String | 200 | 에너지소비효율등급 | ｢에너지이용 합리화법｣에 따른 에너지소비효율등급 표시대상 기자재에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월일 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기, 용량, 형태
additionalCost | String | 200 | 추가 설치 비용
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# SEASON_APPLIANCES | 계절가전(에어컨/온풍기)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
powerConsumption | String | 200 | 소비전력 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
energyEfficiencyRating | String | 200 | 에너지소비효율등급 | ｢에너지이용 합리화법｣에 따른 에너지소비효율등급 표시대상 기자재에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
releaseDate | YearMonth | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기, 형태 | 실외기 포함
area | String | 200 | 냉난방 면적
installedCharge | String | 500 | 추가 설치 비용
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# OFFICE_APPLIANCES | 사무용기기(컴퓨터/노트북/프린터)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
powerConsumption | String | 200 | 소비전력 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
energyEfficiencyRating | String | 200 | 에너지소비효율등급 | ｢에너지이용 합리화법｣에 따른 에너지소비효율등급 표시대상 기자재에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
releaseDate | YearMonth | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기
weight | String | 200 | 무게 | 무게는 노트북 등 휴대형 기기에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
specification | String | 1500 | 주요 사양 | 컴퓨터와 노트북의 경우 성능, 용량, 운영체제 포함 여부 등. 프린터의 경우 인쇄 속도 등.
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# OPTICS_APPLIANCES | 광학기기(디지털카메라/캠코더)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기
weight | String | 200 | 무게
specification | String | 1500 | 주요 사양 | 컴퓨터와 노트북의 경우 성능, 용량, 운영체제 포함 여부 등. 프린터의 경우 인쇄 속도 등.
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# MICROELECTRONICS | 소형전자(MP3/전자사전 등)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압
powerConsumption | String | 200 | 소비전력
releaseDate | String | 300 | 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기
weight | String | 200 | 무게
specification | String | 1500 | 주요 사양
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# NAVIGATION | 내비게이션
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
ratedVoltage | String | 200 | 정격전압
powerConsumption | String | 200 | 소비전력
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
size | String | 200 | 크기
weight | String | 200 | 무게
specification | String | 1500 | 주요 사양
updateCost | String | 200 | 맵 업데이트 비용
freeCostPeriod | String | 200 | 무상 기간
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# CAR_ARTICLES | 자동차용품(자동차부품/기타 자동차용품)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
releaseDate | String | 300 | 동일 모델 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
certificationType | String | 200 | KC 인증정보 | ｢자동차관리법｣에 따른 부품자기인증 대상 자동차부품 ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
caution | String | 200 | 제품 사용으로 인한 위험 및 유의사항 | 연료절감장치에 한함
manufacturer | String | 200 | 제조자
size | String | 200 | 크기
applyModel | String | 1000 | 적용 차종
warrantyPolicy | String | 1500 | 품질 보증 기준
roadWorthyCertification | String | 50 | 검사합격증 번호 | ｢대기환경보전법｣에 따른 첨가제·촉매제에 한함
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# MEDICAL_APPLIANCES | 의료기기
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
licenceNo | String | 30 | 허가·인증·신고번호 | ｢의료기기법｣에 따른 허가·인증·신고 대상 의료기기에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
advertisingCertificationType | String | 200 | 광고사전심의 필 유무
ratedVoltage | String | 1500 | 정격전압 | 전기용품에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
powerConsumption | String | 200 | 소비전력 | 전기용품에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
releaseDate | String | 300 | 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
purpose | String | 500 | 제품의 사용 목적
usage | String | 500 | 사용 방법
caution | String | 1500 | 취급 시 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# KITCHEN_UTENSILS | 주방용품
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
material | String | 200 | 재질
component | String | 500 | 구성품
size | String | 200 | 크기
releaseDate | String | 300 | 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
producer | String | 200 | 제조국
importDeclaration | Boolean |  | 수입식품안전관리특별법에 따른 수입신고 | ｢수입식품안전관리 특별법｣에 따른 수입기구 또는 용기·포장의 경우 미입력 시 false로 설정됩니다. true: 수입식품안전관리특별법에 따른 수입신고를 필함. false: 해당 사항 없음
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# COSMETIC | 화장품
capacity | String | 200 | 내용물의 용량 및 중량
specification | String | 1500 | 제품 주요 사양 | 피부 타입, 색상(호, 번) 등
expirationDate | String | 300 | 사용기한 또는 개봉 후 사용기간 | 'yyyy-MM' 형식 입력
expirationDateText | String | 300 | 사용기한 또는 개봉 후 사용기간 직접 입력 | expirationDate를 입력하지 않은 경우에는 필수
usage | String | 1500 | 사용 방법
manufacturer | String | 200 | 화장품 제조업자
producer | String | 200 | 제조국
distributor | String | 200 | 화장품책임판매업자
customizedDistributor | String | 200 | 맞춤형 화장품판매업자 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
mainIngredient | String | 1500 | ｢화장품법｣에 따라 기재ㆍ표시하여야 하는 모든 성분
certificationType | String | 200 | ｢화장품법｣에 따른 기능성 화장품(미백, 주름개선, 자외선 차단제품 등)의 경우 | 화장품법에 따른 기능성 화장품 심사(또는 보고)를 필함
caution | String | 1500 | 사용할 때의 주의사항
warrantyPolicy | String | 1500 | 품질 보증 기준
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# JEWELLERY | 귀금속/보석/시계류
material | String | 200 | 소재
purity | String | 200 | 순도
bandMaterial | String | 200 | 밴드 재질 | 시계의 경우 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
weight | String | 200 | 중량
manufacturer | String | 200 | 제조자(사)
producer | String | 200 | 제조국(원산지, 가공지 등이 다를 경우) | 원산지, 가공지 등이 다를 경우 함께 표기 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
size | String | 200 | 치수
caution | String | 1500 | 착용 시 주의사항
specification | String | 1500 | 주요 사양 | 귀금속, 보석류의 경우 등급, 시계의 경우 기능, 방수 등
provideWarranty | String | 200 | 보증서 제공 여부
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# FOOD | 식품(농ㆍ축ㆍ수산물)
foodItem | String | 200 | 품목 또는 명칭
weight | String | 50 | 포장 단위별 용량(중량), 수량, 크기
amount | String | 200 | 포장 단위별 수량
size | String | 200 | 포장 단위별 크기
packDate | String | 300 | 제조연월일 | date
packDateText | String | 300 | 제조연월일 직접 입력 | packDate를 입력하지 않은 경우에는 필수
consumptionDate | String | 300 | 소비기한 또는 품질유지기한 | date
consumptionDateText | String | 300 | 소비기한 또는 품질유지기한 직접 입력 | consumptionDate를 입력하지 않은 경우에는 필수
producer | String | 200 | 생산자
relevantLawContent | String | 200 | 세부 품목군별 표시사항 | 농산물 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
productComposition | String | 200 | 상품 구성
keep | String | 500 | 보관 방법 또는 취급 방법
adCaution | String | 500 | 소비자 안전을 위한 주의사항 | ｢식품 등의 표시ㆍ광고에 관한 법률 시행규칙｣ 제5조 및 [별표 2]에 따른 표시사항을 말함
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# GENERAL_FOOD | 가공식품
productName | String | 200 | 제품명
foodType | String | 200 | 식품의 유형
producer | String | 200 | 생산자
location | String | 200 | 소재지 | 수입품의 경우 생산자, 수입자 및 제조국
packDate | String | 300 | 제조연월일 | date
packDateText | String | 300 | 제조연월일 직접 입력 | packDate를 입력하지 않은 경우에는 필수
consumptionDate | String | 300 | 소비기한 또는 품질유지기한 | date
consumptionDateText | String | 300 | 소비기한 또는 품질유지기한 직접 입력 | consumptionDate를 입력하지 않은 경우에는 필수
weight | String | 200 | 포장 단위별 내용물의 용량(중량), 수량
amount | String | 200 | 포장 단위별 수량
ingredients | String | 1000 | 원재료명(｢농수산물의 원산지 표시 등에 관한 법률｣에 따른 원산지 표시 포함) 및 함량 | 단, 함량의 경우에는 원재료 함량 표시대상 식품에 한함
nutritionFacts | String | 1000 | 영양 성분 | 영양성분 표시대상 식품에 한함
geneticallyModified | Boolean |  | 유전자변형식품에 해당하는 경우의 표시
consumerSafetyCaution | String | 500 | 소비자안전을 위한 주의사항 | ｢식품 등의 표시ㆍ광고에 관한 법률 시행규칙｣ 제5조 및 [별표 2]에 따른 표시사항을 말함
importDeclarationCheck | Boolean |  | 수입식품의 경우 신고 필 유무 | true: 수입식품안전관리특별법에 따른 수입 신고를 필함 / false: 해당 사항 없음
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# DIET_FOOD | 건강기능식품
productName | String | 200 | 제품명
producer | String | 200 | 제조업소
location | String | 200 | 소재지 | 수입품의 경우 수입업소명, 제조업소명 및 수출국명
consumptionDate | String | 300 | 소비기한 | date
consumptionDateText | String | 300 | 소비기한 직접 입력 | consumptionDate를 입력하지 않은 경우에는 필수
storageMethod | String | 200 | 보관방법
weight | String | 200 | 포장 단위별 내용물의 용량(중량), 수량
amount | String | 200 | 포장 단위별 수량
ingredients | String | 1000 | 원료명 및 함량 | ｢농수산물의 원산지 표시 등에 관한 법률｣에 따른 원산지 표시 포함
nutritionFacts | String | 1000 | 영양 정보
specification | String | 1000 | 기능 정보
cautionAndSideEffect | String | 1000 | 섭취량, 섭취 방법 및 섭취 시 주의사항
nonMedicinalUsesMessage | String | 200 | 질병의 예방 및 치료를 위한 의약품이 아니라는 내용의 문구
geneticallyModified | Boolean |  | 유전자변형건강기능식품에 해당하는 경우의 표시
importDeclarationCheck | Boolean |  | 수입 건강기능식품에 해당하는 경우 | true: 수입식품안전관리특별법에 따른 수입 신고를 필함 / false: 해당 사항 없음
consumerSafetyCaution | String | 500 | 소비자안전을 위한 주의사항 | ｢식품 등의 표시ㆍ광고에 관한 법률 시행규칙｣ 제5조 및 [별표 2]에 따른 표시사항을 말함
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# KIDS | 영유아용품
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢어린이제품 안전 특별법｣에 따른 안전인증·안전확인·공급자적합성확인대상 어린이제품에 한함
size | String | 200 | 크기
weight | String | 200 | 중량 | 섬유제품 등의 경우 치수 정보로 대체 가능
color | String | 200 | 색상
material | String | 200 | 재질 | 섬유의 경우 혼용율
recommendedAge | String | 30 | 사용 연령 또는 권장 사용 연령
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
caution | String | 1500 | 취급방법 및 취급 시 주의사항, 안전표시(주의, 경고 등)
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
numberLimit | String | 200 | 크기·체중의 한계 | 착용 또는 탑승용 어린이제품과 같이 크기·체중에 제한이 있는 품목의 경우 반드시 표시 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
# MUSICAL_INSTRUMENT | 악기
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
size | String | 200 | 크기
color | String | 200 | 색상
material | String | 200 | 재질
components | String | 1000 | 제품 구성
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
detailContent | String | 1000 | 상품별 세부 사양
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# SPORTS_EQUIPMENT | 스포츠용품
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificationType | String | 200 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품에 한함
size | String | 200 | 크기
weight | String | 200 | 중량
color | String | 200 | 색상
material | String | 200 | 재질
components | String | 1000 | 제품 구성
releaseDate | YearMonth | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
detailContent | String | 1000 | 상품별 세부 사양
warrantyPolicy | String | 1500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# BOOKS | 서적
title | String | 200 | 도서명
author | String | 200 | 저자
publisher | String | 200 | 출판사
size | String | 200 | 크기
pages | String | 30 | 쪽수
components | String | 1000 | 제품 구성(전집 또는 세트일 경우 낱권 구성, CD 등) | 전집 또는 세트일경우 낱권 구성, CD 등 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
publishDate | String | 200 | 발행일 | ｢출판문화산업 진흥법｣ 제2조 및 제22조의 규정에 따른 것으로, 매 판을 처음 인쇄한 날을 말함. 단, 매 판을 구분할 때에 오탈자의 변경 등 경미한 변경에 따라 다시 인쇄하는 경우는 제외 date
publishDateText | String | 200 | 발행일 직접 입력 | ｢출판문화산업 진흥법｣ 제2조 및 제22조의 규정에 따른 것으로, 매 판을 처음 인쇄한 날을 말함. 단, 매 판을 구분할 때에 오탈자의 변경 등 경미한 변경에 따라 다시 인쇄하는 경우는 제외 publishDate를 입력하지 않은 경우에는 필수
description | String | 1000 | 목차 또는 책 소개 | 아동용 학습교재의 경우 사용 연령을 포함
# RENTAL_ETC | 물품대여 서비스(서적, 유아용품, 행사용품 등)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
ownershipTransferCondition | String | 500 | 소유권 이전 조건 | 소유권이 이전되는 경우에 한하며, 소유권 이전에 필요한 렌탈 기간 또는 총 렌탈 금액 등 요건을 구체적으로 명시 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
payingForLossOrDamage | String | 200 | 상품의 고장, 분실, 훼손 시 소비자 책임
refundPolicyForCancel | String | 500 | 중도 해약 시 환불 기준
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# RENTAL_HA | 물품대여 서비스(정수기,비데,공기청정기 등)
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
ownershipTransferCondition | String | 500 | 소유권 이전 조건 | 소유권이 이전되는 경우에 한하며, 소유권 이전에 필요한 렌탈 기간 또는 총 렌탈 금액 등 요건을 구체적으로 명시 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
payingForLossOrDamage | String | 200 | 상품의 고장, 분실, 훼손 시 소비자 책임
refundPolicyForCancel | String | 500 | 중도 해약 시 환불 기준
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
maintenance | String |  | 유지보수 조건
specification | String |  | 제품 사양
# DIGITAL_CONTENTS | 디지털 콘텐츠(음원, 게임, 인터넷강의 등)
producer | String | 50 | 제작자 또는 공급자
termsOfUse | String | 500 | 이용 조건
usePeriod | String | 200 | 이용 기간
medium | String | 30 | 상품 제공 방식 | CD, 다운로드, 실시간 스트리밍 등
requirement | String | 200 | 최소 시스템 사양, 필수 소프트웨어
cancelationPolicy | String | 500 | 청약철회 및 계약의 해제, 해지에 따른 효과
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# GIFT_CARD | 상품권/쿠폰
issuer | String | 20 | 발행자
periodStartDate | String | 200 | 유효기간 시작일 | date
periodEndDate | String | 200 | 유효기간 종료일 | date
periodDays | Integer | 200 | 유효기간(구매일로부터 00일)
termsOfUse | String | 200 | 이용 조건 | 유효기간 경과 시 보상 기준, 사용 제한 품목 제한 및 기간 등
useStorePlace | String | 330 | 이용 가능 매장(장소) | useStorePlace, useStoreAddressId, useStoreUrl 셋 중 하나는 필수
useStoreAddressId | Integer |  | 이용 가능 매장(판매자 주소 ID)
useStoreUrl | String | 330 | 이용 가능 매장(URL) | useStorePlace, useStoreAddressId, useStoreUrl 셋 중 하나는 필수
refundPolicy | String | 500 | 잔액 환급 조건
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# MOBILE_COUPON | 모바일 쿠폰
issuer | String | 20 | 발행자
usableCondition | String | 200 | 유효기간, 이용 조건 | 유효기간 경과 시 보상 기준 포함
usableStore | String | 330 | 이용 가능 매장
cancelationPolicy | String | 200 | 환불 조건 및 방법
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# MOVIE_SHOW | 영화/공연
sponsor | String | 200 | 주최 또는 기획 | 공연에 한함
actor | String | 200 | 주연 | 공연에 한함
rating | String | 200 | 관람 등급
showTime | String | 200 | 상영ㆍ공연 시간
showPlace | String | 200 | 상영ㆍ공연 장소
cancelationCondition | String | 200 | 예매 취소 조건
cancelationPolicy | String | 200 | 취소ㆍ환불 방법
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# ETC_SERVICE | 기타 용역
serviceProvider | String | 200 | 서비스 제공 사업자
certificateDetails | String | 200 | 법에 의한 인증ㆍ허가 등을 받았음을 확인할 수 있는 경우 그에 대한 사항
usableCondition | String | 200 | 이용 조건 | 이용 가능 기간·장소, 추가 비용 등
cancelationStandard | String | 200 | 취소ㆍ중도해약ㆍ해지 조건 및 환불 기준
cancelationPolicy | String | 200 | 취소ㆍ환불 방법
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# BIOCHEMISTRY | 생활화학제품
productName | String | 200 | 품목 및 제품명
dosageForm | String | 200 | 용도 및 제형 | 표백제의 경우 계열을 함께 표시
packDate | String | 300 | 제조연월 | 'yyyy-MM' 형식 입력
packDateText | String | 300 | 제조연월 직접 입력 | packDate를 입력하지 않은 경우에는 필수
expirationDate | String | 300 | 유통기한 | 해당 사항이 없으면 생략하고 expirationDateText에 '해당사항 없음' 입력 'yyyy-MM' 형식 입력
expirationDateText | String | 300 | 유통기한 직접 입력 | 해당 사항이 없으면 '해당사항 없음' 입력 expirationDate를 입력하지 않은 경우에는 필수
weight | String | 1500 | 중량·용량·매수·크기
effect | String | 200 | 효능ㆍ효과 | 승인 대상 생활화학제품에 한함
importer | String | 200 | 수입자 | 수입제품에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
producer | String | 200 | 제조국
manufacturer | String | 200 | 제조자(사)
childProtection | String | 200 | 어린이보호포장 대상 제품 여부
chemicals | String | 200 | 제품에 사용된 화학 물질 명칭 | ｢안전확인대상 생활화학제품 지정 및 안전·표시기준｣ [별표6]에 따른 표시대상 화학물질로서 주요물질, 보존제, 알레르기반응가능물질 등의 명칭
caution | String | 500 | 사용상 주의사항
safeCriterionNo | String | 200 | 안전기준적합확인신고번호 또는 안전확인대상 생활화학제품승인번호 | 화학제품안전법 시행일(경과조치 기간 포함) 이전에 생산·수입된 위해우려제품의 경우 종전 법에 따른 자가 검사번호를 표시
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호
# BIOCIDAL | 살생물제품
productName | String | 200 | 제품명 및 살생물제품유형
weight | String | 200 | 중량 또는 용량 및 표준 사용량
effect | String | 200 | 효능ㆍ효과
rangeOfUse | String | 200 | 사용 대상자 및 사용 범위
importer | String | 200 | 수입자 | 수입제품에 한함 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
producer | String | 200 | 제조국
manufacturer | String | 200 | 제조자(사)
childProtection | String | 200 | 어린이보호포장 대상 제품 여부
harmfulChemicalSubstance | String | 200 | 살생물물질, 나노물질, 유해화학물질(또는 중점관리물질)의 명칭
maleficence | String | 200 | 제품 유해성ㆍ위해성 표시
caution | String | 500 | 사용 방법 및 사용상 주의사항
approvalNumber | String | 200 | 승인번호
customerServicePhoneNumber | String | 30 | 소비자상담 전화번호
expirationDate | String | 300 | 유통기한 | 'yyyy-MM-dd' 형식 입력 date
expirationDateText | String | 300 | 유통기한 직접 입력 | expirationDate를 입력하지 않은 경우에는 필수
# CELLPHONE | 휴대폰
itemName | String | 50 | 품목
modelName | String | 50 | 모델명
certificationType | String | 50 | KC 인증정보 | ｢전기용품 및 생활용품 안전관리법｣에 따른 안전인증·안전확인·공급자적합성확인대상 제품 및 ｢전파법｣에 따른 적합인증·적합등록 대상 기자재에 한함
releaseDate | String | 300 | 동일 모델의 출시연월 | 'yyyy-MM' 형식 입력
releaseDateText | String | 300 | 동일 모델 출시연월일 직접 입력 | releaseDate를 입력하지 않은 경우에는 필수
manufacturer | String | 200 | 제조자(사)
importer | String | 200 | 수입자 | 수입품의 경우 수입자를 함께 표시 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
producer | String | 200 | 제조국
size | String | 50 | 크기
weight | String | 50 | 무게
telecomType | String | 50 | 이동통신사
joinProcess | String | 50 | 가입절차
extraBurden | String | 50 | 소비자의 추가적인 부담사항 | 가입비, 유심카드 구입비 등 추가로 부담하여야 할 금액, 부가서비스, 의무사용기간, 위약금 등
specification | String | 500 | 주요 사양
warrantyPolicy | String | 500 | 품질 보증 기준
afterServiceDirector | String | 200 | A/S 책임자와 전화번호
# ETC | 기타
itemName | String | 50 | 품명
modelName | String | 50 | 모델명
certificateDetails | String | 500 | 법에 의한 인증, 허가 등을 받았음을 확인할 수 있는 경우 그에 대한 사항 | 해당 사항이 없으면 이 요소를 삭제하고 전송합니다.
manufacturer | String | 200 | 제조자(사)
afterServiceDirector | String | 200 | A/S 책임자
customerServicePhoneNumber | String | 30 | 소비자 상담 관련 전화번호 | afterServiceDirector를 입력하지 않은 경우에는 필수
`;

export interface NoticeContent {
	fieldType: string;
	fieldName: string;
	fieldDescription: string;
	fieldAddDescription?: string;
	fieldMaxLength?: number;
}

export interface ProvidedNoticeType {
	productInfoProvidedNoticeType: string;
	productInfoProvidedNoticeTypeName: string;
	productInfoProvidedNoticeContents: NoticeContent[];
}

function fieldsOf(table: string): NoticeContent[] {
	return table
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [fieldName, fieldType, maxLength, fieldDescription, fieldAddDescription] = line
				.split(' | ')
				.map((cell) => cell.trim());
			return {
				fieldType,
				fieldName,
				fieldDescription,
				...(fieldAddDescription ? { fieldAddDescription } : {}),
				...(maxLength ? { fieldMaxLength: Number(maxLength) } : {}),
			};
		});
}

/** Every notice type the reference documents fields for, in the reference's order. */
export const PROVIDED_NOTICE_TYPES: readonly ProvidedNoticeType[] = TYPE_TABLE.split(/^# /m)
	.filter((block) => block.trim() !== '')
	.map((block) => {
		const [head, ...lines] = block.split('\n');
		const [type, name] = head.split(' | ');
		return {
			productInfoProvidedNoticeType: type.trim(),
			productInfoProvidedNoticeTypeName: name.trim(),
			productInfoProvidedNoticeContents: [...fieldsOf(CLAIM_FIELDS), ...fieldsOf(lines.join('\n'))],
		};
	});

/**
 * The notice types recommended for the products of a top-level category (대카테고리), as the
 * seller centre proposes them, with 기타 재화 (ETC) for anything else. The reference says only that
 * the category given is a top-level one.
 */
export const RECOMMENDED_NOTICE_TYPES: Record<string, string[]> = {
	패션의류: ['WEAR'],
	패션잡화: ['SHOES', 'BAG', 'FASHION_ITEMS', 'JEWELLERY'],
	'화장품/미용': ['COSMETIC'],
	'디지털/가전': [
		'IMAGE_APPLIANCES',
		'HOME_APPLIANCES',
		'SEASON_APPLIANCES',
		'OFFICE_APPLIANCES',
		'OPTICS_APPLIANCES',
		'MICROELECTRONICS',
		'CELLPHONE',
		'NAVIGATION',
		'RENTAL_HA',
	],
	'가구/인테리어': ['SLEEPING_GEAR', 'FURNITURE'],
	'출산/육아': ['KIDS', 'RENTAL_ETC'],
	식품: ['FOOD', 'GENERAL_FOOD', 'DIET_FOOD', 'MOBILE_COUPON'],
	'스포츠/레저': ['SPORTS_EQUIPMENT'],
	'생활/건강': [
		'KITCHEN_UTENSILS',
		'CAR_ARTICLES',
		'MEDICAL_APPLIANCES',
		'BIOCHEMISTRY',
		'BIOCIDAL',
		'GIFT_CARD',
	],
	'여가/생활편의': ['MOVIE_SHOW', 'ETC_SERVICE'],
	면세점: ['COSMETIC', 'JEWELLERY'],
	도서: ['BOOKS', 'DIGITAL_CONTENTS'],
	'취미/반려': ['MUSICAL_INSTRUMENT'],
};
