/**
 * Naver's product information notice types (상품정보제공고시, productInfoProvidedNoticeType): for
 * each, the object that carries it, its fields' kinds and the rules the reference writes for them.
 * Generated from test/contract/naver-commerce.contract.json by scripts/contract/noticeTypes.ts; do
 * not edit by hand (test/contract/codeLists.test.ts checks it against the contract).
 */

/**
 * text: free text; legalText: a legal clause the reference lists as standard texts by code
 * (`- 0 (…)`, `- 1 (상품상세 참조)`); date: yyyy-MM-dd; yearMonth: 'yyyy-MM' (or YearMonth's
 * object), which "상품상세 참조" is not: its …Text twin takes the text.
 */
export type NoticeFieldKind = 'text' | 'legalText' | 'date' | 'yearMonth' | 'boolean' | 'integer';

export interface NoticeType {
	/** productInfoProvidedNoticeType */
	value: string;
	/** The notice object's name in detailAttribute.productInfoProvidedNotice. */
	field: string;
	/** What the reference calls it. */
	label: string;
	required: string[];
	fields: Record<string, NoticeFieldKind>;
	/** Required unless one of these is given (`packDate를 입력하지 않은 경우에는 필수`). */
	requiredUnless?: Record<string, string[]>;
	/** `해당 사항이 없으면 이 요소를 삭제하고 전송합니다`: only the seller can say it applies. */
	ifApplicable?: string[];
	/** Marked deprecated: never sent by default. */
	deprecated?: string[];
}

/**
 * A row a type: value, field, label and its fields in the reference's order, COMMON's first. A
 * field is its name, then `*` if required; its kind unless text (`:l` legalText, `:d` date,
 * `:y` yearMonth, `:b` boolean, `:i` integer); `?` if sent only where it applies
 * (ifApplicable); `!` if deprecated; `<a|b` if required unless a or b is given.
 */
const COMMON =
	'returnCostReason*:l noRefundReason*:l qualityAssuranceStandard*:l compensationProcedure*:l troubleShootingContents*:l';

const ROWS: Array<[value: string, field: string, label: string, fields: string]> = [
	[
		'WEAR',
		'wear',
		'의류',
		'material* color* size* manufacturer* caution* packDate:y packDateText<packDate warrantyPolicy* afterServiceDirector*',
	],
	[
		'SHOES',
		'shoes',
		'구두/신발',
		'material* color* size* height? manufacturer* caution* warrantyPolicy* afterServiceDirector*',
	],
	[
		'BAG',
		'bag',
		'가방',
		'type* material* color* size* manufacturer* caution* warrantyPolicy* afterServiceDirector*',
	],
	[
		'FASHION_ITEMS',
		'fashionItems',
		'패션잡화(모자/벨트/액세서리)',
		'type* material* size* manufacturer* caution* warrantyPolicy* afterServiceDirector*',
	],
	[
		'SLEEPING_GEAR',
		'sleepingGear',
		'침구류/커튼',
		'material* color* size* components* manufacturer* caution* warrantyPolicy* afterServiceDirector*',
	],
	[
		'FURNITURE',
		'furniture',
		'가구(침대/소파/싱크대/DIY제품)',
		'itemName* certificationType* color* components* material* manufacturer* importer? producer* size* installedCharge* warrantyPolicy* refurb? afterServiceDirector*',
	],
	[
		'IMAGE_APPLIANCES',
		'imageAppliances',
		'영상가전(TV류)',
		'itemName* modelName* certificationType* ratedVoltage? powerConsumption? energyEfficiencyRating? releaseDate:y releaseDateText<releaseDate manufacturer* size* additionalCost* displaySpecification* warrantyPolicy* afterServiceDirector*',
	],
	[
		'HOME_APPLIANCES',
		'homeAppliances',
		'가정용 전기제품(냉장고/세탁기/식기세척기/전자레인지)',
		'itemName* modelName* certificationType* ratedVoltage? powerConsumption? energyEfficiencyRating? releaseDate:y releaseDateText<releaseDate manufacturer* size* additionalCost* warrantyPolicy* afterServiceDirector*',
	],
	[
		'SEASON_APPLIANCES',
		'seasonAppliances',
		'계절가전(에어컨/온풍기)',
		'itemName* modelName* certificationType* ratedVoltage? powerConsumption? energyEfficiencyRating? releaseDate:y releaseDateText<releaseDate manufacturer* size* area* installedCharge* warrantyPolicy* afterServiceDirector*',
	],
	[
		'OFFICE_APPLIANCES',
		'officeAppliances',
		'사무용기기(컴퓨터/노트북/프린터)',
		'itemName* modelName* certificationType* ratedVoltage? powerConsumption? energyEfficiencyRating? releaseDate:y releaseDateText<releaseDate manufacturer* size* weight? specification* warrantyPolicy* afterServiceDirector*',
	],
	[
		'OPTICS_APPLIANCES',
		'opticsAppliances',
		'광학기기(디지털카메라/캠코더)',
		'itemName* modelName* certificationType* releaseDate:y releaseDateText<releaseDate manufacturer* size* weight* specification* warrantyPolicy* afterServiceDirector*',
	],
	[
		'MICROELECTRONICS',
		'microElectronics',
		'소형전자(MP3/전자사전 등)',
		'itemName* modelName* certificationType* ratedVoltage* powerConsumption* releaseDate:y releaseDateText<releaseDate manufacturer* size* weight* specification* warrantyPolicy* afterServiceDirector*',
	],
	[
		'CELLPHONE',
		'cellPhone',
		'휴대폰',
		'itemName* modelName* certificationType* releaseDate:y releaseDateText<releaseDate manufacturer* importer? producer* size* weight* telecomType* joinProcess* extraBurden* specification* warrantyPolicy* afterServiceDirector*',
	],
	[
		'NAVIGATION',
		'navigation',
		'내비게이션',
		'itemName* modelName* certificationType* ratedVoltage* powerConsumption* releaseDate:y releaseDateText<releaseDate manufacturer* size* weight* specification* updateCost* freeCostPeriod* warrantyPolicy* afterServiceDirector*',
	],
	[
		'CAR_ARTICLES',
		'carArticles',
		'자동차용품(자동차부품/기타 자동차용품)',
		'itemName* modelName* releaseDate:y releaseDateText<releaseDate certificationType* caution* manufacturer* size* applyModel* warrantyPolicy* roadWorthyCertification* afterServiceDirector*',
	],
	[
		'MEDICAL_APPLIANCES',
		'medicalAppliances',
		'의료기기',
		'itemName* modelName* licenceNo? advertisingCertificationType* ratedVoltage? powerConsumption? releaseDate:y releaseDateText<releaseDate manufacturer* purpose* usage* caution* warrantyPolicy* afterServiceDirector*',
	],
	[
		'KITCHEN_UTENSILS',
		'kitchenUtensils',
		'주방용품',
		'itemName* modelName* material* component* size* releaseDate:y releaseDateText<releaseDate manufacturer* producer* importDeclaration:b warrantyPolicy* afterServiceDirector*',
	],
	[
		'COSMETIC',
		'cosmetic',
		'화장품',
		'capacity* specification* expirationDate:y expirationDateText<expirationDate usage* manufacturer* producer* distributor* customizedDistributor? mainIngredient* certificationType* caution* warrantyPolicy* customerServicePhoneNumber*',
	],
	[
		'JEWELLERY',
		'jewellery',
		'귀금속/보석/시계류',
		'material* purity* bandMaterial? weight* manufacturer* producer? size* caution* specification* provideWarranty* warrantyPolicy* afterServiceDirector*',
	],
	[
		'FOOD',
		'food',
		'식품(농ㆍ축ㆍ수산물)',
		'foodItem* weight* amount* size* packDate:d packDateText<packDate expirationDate:d! expirationDateText! consumptionDate:d consumptionDateText<consumptionDate producer* relevantLawContent? productComposition* keep* adCaution* customerServicePhoneNumber*',
	],
	[
		'GENERAL_FOOD',
		'generalFood',
		'가공식품',
		'productName* foodType* producer* location* packDate:d packDateText<packDate expirationDate:d! expirationDateText! consumptionDate:d consumptionDateText<consumptionDate weight* amount* ingredients* nutritionFacts geneticallyModified*:b consumerSafetyCaution* importDeclarationCheck*:b customerServicePhoneNumber*',
	],
	[
		'DIET_FOOD',
		'dietFood',
		'건강기능식품',
		'productName* producer* location* expirationDate:d! expirationDateText! consumptionDate:d consumptionDateText<consumptionDate storageMethod* weight* amount* ingredients* nutritionFacts* specification* cautionAndSideEffect* nonMedicinalUsesMessage* geneticallyModified*:b importDeclarationCheck*:b consumerSafetyCaution* customerServicePhoneNumber*',
	],
	[
		'KIDS',
		'kids',
		'영유아용품',
		'itemName* modelName* certificationType* size* weight* color* material* recommendedAge* releaseDate:y releaseDateText<releaseDate manufacturer* caution* warrantyPolicy* afterServiceDirector* numberLimit?',
	],
	[
		'MUSICAL_INSTRUMENT',
		'musicalInstrument',
		'악기',
		'itemName* modelName* size* color* material* components* releaseDate:y releaseDateText<releaseDate manufacturer* detailContent* warrantyPolicy* afterServiceDirector*',
	],
	[
		'SPORTS_EQUIPMENT',
		'sportsEquipment',
		'스포츠용품',
		'itemName* modelName* certificationType* size* weight* color* material* components* releaseDate:y releaseDateText<releaseDate manufacturer* detailContent* warrantyPolicy* afterServiceDirector*',
	],
	[
		'BOOKS',
		'books',
		'서적',
		'title* author* publisher* size* pages* components? publishDate:d publishDateText<publishDate description*',
	],
	[
		'RENTAL_HA',
		'rentalHa',
		'물품대여 서비스(정수기,비데,공기청정기 등)',
		'itemName* modelName* ownershipTransferCondition? payingForLossOrDamage* refundPolicyForCancel* customerServicePhoneNumber* maintenance specification',
	],
	[
		'RENTAL_ETC',
		'rentalEtc',
		'물품대여 서비스(서적, 유아용품, 행사용품 등)',
		'itemName* modelName* ownershipTransferCondition? payingForLossOrDamage* refundPolicyForCancel* customerServicePhoneNumber*',
	],
	[
		'DIGITAL_CONTENTS',
		'digitalContents',
		'디지털 콘텐츠(음원, 게임, 인터넷강의 등)',
		'producer* termsOfUse* usePeriod* medium* requirement* cancelationPolicy* customerServicePhoneNumber*',
	],
	[
		'GIFT_CARD',
		'giftCard',
		'상품권/쿠폰',
		'issuer* periodStartDate:d periodEndDate:d periodDays:i termsOfUse* useStorePlace<useStoreAddressId|useStoreUrl useStoreAddressId:i useStoreUrl<useStorePlace|useStoreAddressId refundPolicy* customerServicePhoneNumber*',
	],
	[
		'MOBILE_COUPON',
		'mobileCoupon',
		'모바일 쿠폰',
		'issuer* usableCondition* usableStore* cancelationPolicy* customerServicePhoneNumber*',
	],
	[
		'MOVIE_SHOW',
		'movieShow',
		'영화/공연',
		'sponsor* actor* rating* showTime* showPlace* cancelationCondition* cancelationPolicy* customerServicePhoneNumber*',
	],
	[
		'ETC_SERVICE',
		'etcService',
		'기타 용역',
		'serviceProvider* certificateDetails* usableCondition* cancelationStandard* cancelationPolicy* customerServicePhoneNumber*',
	],
	[
		'BIOCHEMISTRY',
		'biochemistry',
		'생활화학제품',
		'productName* dosageForm* packDate:y packDateText<packDate expirationDate:y expirationDateText<expirationDate weight* effect* importer? producer* manufacturer* childProtection* chemicals* caution* safeCriterionNo* customerServicePhoneNumber*',
	],
	[
		'BIOCIDAL',
		'biocidal',
		'살생물제품',
		'productName* weight* effect* rangeOfUse* importer? producer* manufacturer* childProtection* harmfulChemicalSubstance* maleficence* caution* approvalNumber* customerServicePhoneNumber* expirationDate:d expirationDateText<expirationDate',
	],
	[
		'ETC',
		'etc',
		'기타',
		'itemName* modelName* certificateDetails? manufacturer* afterServiceDirector customerServicePhoneNumber<afterServiceDirector',
	],
];

const KINDS: Record<string, NoticeFieldKind> = {
	l: 'legalText',
	d: 'date',
	y: 'yearMonth',
	b: 'boolean',
	i: 'integer',
};

function noticeType([value, field, label, row]: (typeof ROWS)[number]): NoticeType {
	const type: NoticeType = { value, field, label, required: [], fields: {} };
	const requiredUnless: Record<string, string[]> = {};
	const ifApplicable: string[] = [];
	const deprecated: string[] = [];
	for (const word of `${COMMON} ${row}`.split(' ').filter(Boolean)) {
		const [, name, required, kind, applies, old, unless] =
			/^(\w+)(\*?)(?::(\w))?(\??)(!?)(?:<(.+))?$/.exec(word)!;
		if (required) type.required.push(name);
		type.fields[name] = KINDS[kind] ?? 'text';
		if (unless) requiredUnless[name] = unless.split('|');
		if (applies) ifApplicable.push(name);
		if (old) deprecated.push(name);
	}
	if (Object.keys(requiredUnless).length > 0) type.requiredUnless = requiredUnless;
	if (ifApplicable.length > 0) type.ifApplicable = ifApplicable;
	if (deprecated.length > 0) type.deprecated = deprecated;
	return type;
}

export const NOTICE_TYPES: NoticeType[] = ROWS.map(noticeType);

/**
 * The types by their labels as Korean sorts them (localeCompare 'ko'), sorted when this file is
 * written: sorting at load time would cost the node's cold start the collator's set-up.
 */
const BY_LABEL =
	'GENERAL_FOOD FURNITURE BAG HOME_APPLIANCES DIET_FOOD SEASON_APPLIANCES OPTICS_APPLIANCES SHOES JEWELLERY ETC ETC_SERVICE NAVIGATION DIGITAL_CONTENTS MOBILE_COUPON RENTAL_ETC RENTAL_HA OFFICE_APPLIANCES BIOCIDAL GIFT_CARD BIOCHEMISTRY BOOKS MICROELECTRONICS SPORTS_EQUIPMENT FOOD MUSICAL_INSTRUMENT IMAGE_APPLIANCES KIDS MOVIE_SHOW MEDICAL_APPLIANCES WEAR CAR_ARTICLES KITCHEN_UTENSILS SLEEPING_GEAR FASHION_ITEMS COSMETIC CELLPHONE';

export const NOTICE_TYPE_OPTIONS = BY_LABEL.split(' ').map((value) => {
	const { label } = NOTICE_TYPES.find((type) => type.value === value)!;
	return { name: `${label} (${value})`, value };
});
