import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * deliveryCompanyCode.pay-order-seller: the couriers Naver accepts, named as in Naver's reference
 * with the code in brackets, in alphabetical order. Naver's table lists one row with its code and
 * name swapped ("| GS더프레시 | GSTHEFRESH |"): every code in the table is Latin capitals and digits
 * and every name may be Hangul, and the row sits beside GSFRESH "GSFresh", so the code is read as
 * GSTHEFRESH and the name as GS더프레시.
 *
 * One courier a line: its name and its code, or the code alone where Naver names it by its code.
 */
const COURIERS = `
1004HOME
2FAST익스프레스 TWOFASTEXPRESS
ACEexpress ACE
ACI ACIEXPRESS
ADC항운택배 ADCAIR
AirboyExpress AIRBOY
AIRWAY익스프레스 AIRWAY
APEX
ARAMEX
ARGO
CJ대한통운 CJGLS
CJ대한통운(국제택배) KOREXG
CU편의점(퀵배달용) CU
CU편의점택배 CUPARCEL
CwayExpress CWAYEXPRESS
DHL
DHL(독일) DHLDE
DHLGlobalMail DHLGLOBALMAIL
DPD
ECMSExpress ECMSEXPRESS
EFS
EMS
EuroParcel EUROPARCEL
EZUSA
FEDEX
GOP당일택배 GOP
GOS당일택배 GOS
GPSLOGIX
GSFresh GSFRESH
GSI익스프레스 GSIEXPRESS
GSMNTON
GSPostbox퀵 GSPOSTBOX
GSPostbox택배 CVSNET
GS더프레시 GSTHEFRESH
GS편의점(퀵배달용) GS25
GTS로지스 GTSLOGIS
HI택배 HYBRID
HY
I-Parcel IPARCEL
IK물류 IK
JCLS
JWTNL
KGL네트웍스 KGLNET
KT EXPRESS KT
LG전자배송센터 LGE
LTL
LX판토스 PANTOS
NDEX KOREA NDEXKOREA
SBGLS
SFexpress SFEX
SLX택배 SLX
SSG
TNT
UFO로지스 LOGISPARTNER
UPS
USPS
WIZWA
YJS글로벌 YJSWORLD
YJS글로벌(영국) YJS
YUNDAEXPRESS YUNDA
건영복합물류 KY
건영택배 KUNYOUNG
경동택배 KDEXP
경인택배 KIN
고넬로 GONELO
고려택배 KORYO
골드스넵스 GDSP
국제익스프레스 KOKUSAI
굿투럭 GOODTOLUCK
기타택배 CH1
나은물류 NAEUN
노곡물류 NOGOK
농협택배 NONGHYUP
농협하나로마트 HANAROMART
대림통운 DAELIM
대신택배 DAESIN
대운글로벌 DAEWOON
더바오 THEBAO
도도플렉스 DODOFLEX
동강물류 DONGGANG
동진특송 DONGJIN
두발히어로당일택배 CHAINLOGIS
든든택배 DNDN
딜리래빗 DRABBIT
딜리박스 JMNP
라스트마일 ONEDAYLOGIS
라인익스프레스 LINEEXP
레터스 LETUS3PL
로드썬익스프레스 ROADSUNEXPRESS
로젠택배 KGB
로지스밸리 LOGISVALLEY
로지스올홈케어(풀앳홈) POOLATHOME
로토스 LOTOS
롯데글로벌로지스(국제택배) HLCGLOBAL
롯데칠성 LOTTECHILSUNG
롯데택배 HYUNDAI
모든로지스(SLO) MDLOGIS
물류대장 DASONG
바로스 LETUS
바바바로지스 BABABA
반품구조대 BANPOOM
발렉스 VALEX
배송하기좋은날 SHIPNERGY
벤더피아 VENDORPIA
부릉 VROONG
브릿지로지스 BRIDGE
비알씨에이치 BRCH
삼다수가정배송 EKDP
삼성전자물류 SELC
서림물류 SEORIM
성원글로벌 SWGEXP
성훈물류 SUNGHUN
세방택배 SEBANG
스마트로지스 SMARTLOGIS
스파클직배송 SPARKLE
스페이시스원 SPASYS1
시알로지텍 CRLX
신세계까사 CASA
애니트랙 ANYTRACK
어바웃펫 ABOUTPET
에스더쉬핑 ESTHER
에이씨티앤코아 ACTCORE
에이치케이홀딩스 HKHOLDINGS
엔티엘피스 NTLPS
엠티인터내셔널 MTINTER
오늘회러쉬 RUSH
올인닷컴 ALLIN
올타코리아 ALLTAKOREA
와이드테크 WIDETECH
용마로지스 YONGMA
우리동네커머스 DCOMMERCE
우리동네택배 WEVILL
우리택배 HONAM
우리한방택배 WOORIHB
우진인터로지스 WOOJIN
우체국택배 EPOST
우편등기 REGISTPOST
웅지익스프레스 WOONGJI
워펙스 WARPEX
위니온로지스 WINION
위드유당일택배 WIHTYOU
위무브 WEMOVE
유프레이트코리아 UFREIGHT
은하쉬핑 EUNHA
이노스(올인닷컴) INNOS
이마트에브리데이 EMARTEVERYDAY
이스트라 ESTLA
이투마스 ETOMARS
일반우편 GENERALPOST
일신모닝택배 ILSHIN
일양로지스 ILYANG
자이언트 GNETWORK
제니엘시스템 ZENIEL
제이로지스트 JLOGIST
지니고당일특급 GENIEGO
지디에이코리아 GDAKOREA
지씨에스 GCS
지에이치스피드 GHSPEED
지케이글로벌 GKGLOBAL
직구문 JIKGUMOON
천일택배 CHUNIL
초록마을(네이버직연동) CHOROCMAEUL
초록마을(외부연동) CHOROC
카카오T당일배송 TODAYPICKUP
캐나다쉬핑 COSHIP
컬리넥스트마일 KURLY
케이제이티 KJT
큐런 QRUN
큐브플로우 CUBEFLOW
탱고앤고 HEREWEGO
토마토앱 TOMATO
투데이 TODAY
트랙스로지스 QXPRESS
티에스지로지스 TSG
팀프레시 TEAMFRESH
파테크해운상공 PATEK
파테크해운항공 XINPATEK
판월드로지스틱 PANASIA
팬스타국제특송(PIEX) PANSTAR
퍼레버택배 FOREVER
풀무원(로지스밸리) PULMUONE
프레딧 FREDIT
프레시메이트 FRESHMATES
핑퐁 PINGPONG
하우저 HOWSER
하이브시티 HIVECITY
한달음택배 HANDALUM
한덱스 HANDEX
한미포스트 HANMI
한샘 HANSSEM
한우리물류 HANWOORI
한의사랑택배 HPL
한진택배 HANJIN
합동택배 HDEXP
허우적 HERWUZUG
현대글로비스 GLOVIS
홈이노베이션로지스 HOMEINNO
홈플러스 HOMEPLUSDELIVERY
홈플러스익스프레스 HOMEPLUSEXPRESS
홈픽오늘도착 HOMEPICKTODAY
홈픽택배 HOMEPICK
화물을부탁해 CARGOPLEASE
화통 HWATONG
`;

export const COURIER_OPTIONS: INodePropertyOptions[] = COURIERS.trim()
	.split('\n')
	.map((line) => {
		const code = line.slice(line.lastIndexOf(' ') + 1);
		return {
			name: code === line ? code : `${line.slice(0, -code.length - 1)} (${code})`,
			value: code,
		};
	});
