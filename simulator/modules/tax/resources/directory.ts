/**
 * The slice of Magento's Directory module tax rates need: the installed country ids (to refuse an
 * unknown `tax_country_id`) and the region ids of the US and Canada with their codes (a rate's
 * `region_name`; region ids are auto-increment ids, so they are fixed by install order).
 * Regions of other countries are not held: their ids are accepted and shown without a name.
 * @see Magento\Directory\Setup\Patch\Data\InitializeDirectoryData (countries, US 1–65, CA 66–78)
 * @see Magento\Directory\Setup\Patch\Data\AddMissingCountries (BQ, CW, SX, XK)
 */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
    'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ' +
    'ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID ' +
    'IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV ' +
    'LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR ' +
    'NU NZ OM PA PE PF PG PH PK PL PM PN PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM ' +
    'SN SO SR ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG ' +
    'VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/** US region codes in install order (ids 1–65), then Canada's (ids 66–78). */
const US_REGIONS = (
  'AL AK AS AZ AR AE AA AE AE AE AP CA CO CT DE DC FM FL GA GU HI ID IL IN IA KS KY LA ME MH MD MA MI MN MS ' +
  'MO MT NE NV NH NJ NM NY NC ND MP OH OK OR PW PA PR RI SC SD TN TX UT VT VI VA WA WV WI WY'
).split(' ');
const CA_REGIONS = 'AB BC MB NL NB NS NT NU ON PE QC SK YT'.split(' ');

export interface Region {
  country_id: string;
  code: string;
}

const REGIONS = new Map<number, Region>([
  ...US_REGIONS.map((code, i): [number, Region] => [i + 1, { country_id: 'US', code }]),
  ...CA_REGIONS.map((code, i): [number, Region] => [US_REGIONS.length + i + 1, { country_id: 'CA', code }]),
]);

/** `Country::loadByCode` found a row: the id is one Magento installs. */
export const isKnownCountry = (countryId: string): boolean => COUNTRIES.has(countryId);

/** A region by id; undefined for ids this table does not hold. */
export const regionById = (id: number): Region | undefined => REGIONS.get(id);

/** Ids are auto-increment: a negative one can never load. */
export const isImpossibleRegionId = (id: number): boolean => id < 0;
