//! Word lists: currencies, measurement units, modifiers.

/// What a currency word or symbol means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cur {
    /// A definite ISO 4217 code.
    Code(&'static str),
    /// "$", "dollars": the default dollar of the options unless a country says otherwise.
    Dollar,
    /// "pounds": sterling unless a country says otherwise.
    Pound,
    /// A currency word whose country is unknown ("dinars", "riyals"): a
    /// lower-case generic name.
    Generic(&'static str),
    /// Subunit of the default dollar ("cents", "cts"): value / 100.
    Cent,
    /// Subunit words of other currencies ("pence", "sen", "kopiykas").
    Sub,
    /// "grand": 1000 of the local currency.
    Grand,
    /// "bucks": dollars.
    Bucks,
}

/// ISO codes accepted as written (upper case in the text).
pub(crate) fn iso_code(raw: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "INR", "HKD", "SGD", "KRW", "RUB", "BRL", "MXN",
        "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "EGP", "LBP", "ILS", "UAH",
        "MYR", "IDR", "THB", "PHP", "VND", "PKR", "BDT", "NGN", "KES", "ARS", "CLP", "COP", "PEN", "CZK", "HUF", "RON",
        "BGN", "HRK", "ISK", "TWD", "IRR", "IQD", "JOD", "MAD", "TND", "DZD", "GHS", "ETB", "MNT", "KZT", "UZS", "GEL",
        "AZN", "AMD", "BYN", "RSD", "LKR", "NPR", "MMK", "JMD", "TTD", "BZD", "XAF", "XOF", "DEM", "FRF", "ITL", "ESP",
        "NLG", "BEF", "ATS", "IEP", "CNH", "RMB",
    ];
    if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let c = CODES.iter().copied().find(|c| *c == raw)?;
    Some(if c == "RMB" { "CNY" } else { c })
}

/// Currency symbols (a whole token).
pub(crate) fn symbol(raw: &str) -> Option<Cur> {
    Some(match raw {
        "$" => Cur::Dollar,
        "€" => Cur::Code("EUR"),
        "£" => Cur::Code("GBP"),
        "¥" | "￥" => Cur::Code("JPY"),
        "₹" => Cur::Code("INR"),
        "₩" => Cur::Code("KRW"),
        "₽" => Cur::Code("RUB"),
        "₴" => Cur::Code("UAH"),
        "₪" => Cur::Code("ILS"),
        "₦" => Cur::Code("NGN"),
        "₺" => Cur::Code("TRY"),
        "₱" => Cur::Code("PHP"),
        "฿" => Cur::Code("THB"),
        "¢" => Cur::Cent,
        _ => return None,
    })
}

/// Letters glued before "$" ("US$", "A$", "HK$") and the dollar they name.
pub(crate) fn dollar_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "US" | "U.S." => "USD",
        "A" | "AU" | "AUD" => "AUD",
        "C" | "CA" | "CAN" | "CDN" => "CAD",
        "NZ" | "N.Z." => "NZD",
        "HK" => "HKD",
        "S" | "SG" => "SGD",
        "NT" | "T" => "TWD",
        "R" => "BRL",
        "Mex" | "MX" => "MXN",
        "J" => "JMD",
        "TT" => "TTD",
        "BZ" | "Bz" => "BZD",
        "Z" => "ZWD",
        "F" | "FJ" => "FJD",
        _ => return None,
    })
}

/// Currency names written before the number ("Rs 20", "RM 42").
pub(crate) fn prefix_word(raw: &str, lower: &str) -> Option<Cur> {
    if let Some(c) = iso_code(raw) {
        return Some(Cur::Code(c));
    }
    Some(match (raw, lower) {
        (_, "rs" | "rs.") if raw.starts_with('R') => Cur::Code("INR"),
        ("RM", _) => Cur::Code("MYR"),
        (_, "ringgit" | "ringgits") => Cur::Code("MYR"),
        ("Sh" | "KSh", _) => Cur::Code("KES"),
        _ => return None,
    })
}

/// Currency words after the number. Returns what it means and how many
/// tokens it takes (1 here; country adjectives are handled by the caller).
pub(crate) fn suffix_word(raw: &str, lower: &str) -> Option<Cur> {
    if let Some(c) = iso_code(raw) {
        return Some(Cur::Code(c));
    }
    if let Some(c) = symbol(raw) {
        return Some(c);
    }
    Some(match lower {
        "dollar" | "dollars" | "dlr" | "dlrs" | "usd" => Cur::Dollar,
        "bucks" | "buck" => Cur::Bucks,
        "euro" | "euros" | "eur" => Cur::Code("EUR"),
        "pound" | "pounds" | "quid" => Cur::Pound,
        "stg" | "sterling" | "gbp" => Cur::Code("GBP"),
        "pence" | "penny" | "p" => Cur::Sub,
        "pennies" | "cent" | "cents" | "ct" | "cts" | "c" => Cur::Cent,
        "yen" => Cur::Code("JPY"),
        "yuan" | "renminbi" | "rmb" => Cur::Code("CNY"),
        "rupee" | "rupees" | "rs" => Cur::Code("INR"),
        "ringgit" | "ringgits" | "rm" | "myr" => Cur::Code("MYR"),
        "sen" | "sens" | "kopiyka" | "kopiykas" | "kopecks" | "kopeks" | "paise" | "fils" | "centavos" | "centimes" => {
            Cur::Sub
        }
        "franc" | "francs" => Cur::Generic("franc"),
        "mark" | "marks" | "deutschemarks" | "dm" => Cur::Code("DEM"),
        "lire" | "lira" => Cur::Generic("lira"),
        "peso" | "pesos" => Cur::Generic("peso"),
        "rouble" | "roubles" | "ruble" | "rubles" => Cur::Code("RUB"),
        "hryvnia" | "hryvnias" | "hryvnias." | "hryvnas" => Cur::Code("UAH"),
        "shekel" | "shekels" | "ils" => Cur::Code("ILS"),
        "rand" => Cur::Code("ZAR"),
        "naira" => Cur::Code("NGN"),
        "baht" => Cur::Code("THB"),
        "rupiah" => Cur::Code("IDR"),
        "zloty" | "zlotys" | "zlotych" => Cur::Code("PLN"),
        "forint" | "forints" => Cur::Code("HUF"),
        "guilder" | "guilders" => Cur::Code("NLG"),
        "schilling" | "schillings" => Cur::Code("ATS"),
        "peseta" | "pesetas" => Cur::Code("ESP"),
        "punt" | "punts" => Cur::Code("IEP"),
        "krona" | "kronor" => Cur::Code("SEK"),
        "krone" | "kroner" => Cur::Generic("krone"),
        "crown" | "crowns" => Cur::Generic("crown"),
        "dinar" | "dinars" => Cur::Generic("dinar"),
        "riyal" | "riyals" => Cur::Generic("riyal"),
        "rial" | "rials" => Cur::Generic("rial"),
        "dirham" | "dirhams" => Cur::Generic("dirham"),
        "real" | "reais" | "reals" => Cur::Code("BRL"),
        "won" => Cur::Code("KRW"),
        "tugrik" | "tugriks" | "tugrug" | "mnt" => Cur::Code("MNT"),
        "geneh" | "egyptianpound" | "egyptianpounds" | "le" | "l.e" | "l.e." => Cur::Code("EGP"),
        "saudiriyal" | "saudiriyals" => Cur::Code("SAR"),
        "taka" | "takas" => Cur::Code("BDT"),
        "shilling" | "shillings" => Cur::Generic("shilling"),
        "kwacha" | "kwachas" => Cur::Generic("kwacha"),
        "cedi" | "cedis" => Cur::Code("GHS"),
        "birr" | "birrs" => Cur::Code("ETB"),
        "dong" => Cur::Code("VND"),
        "kyat" | "kyats" => Cur::Code("MMK"),
        "riel" | "riels" => Cur::Code("KHR"),
        "tenge" | "tenges" => Cur::Code("KZT"),
        "lari" | "laris" => Cur::Code("GEL"),
        "manat" | "manats" => Cur::Generic("manat"),
        "leu" | "lei" => Cur::Generic("leu"),
        "lev" | "leva" | "levs" => Cur::Code("BGN"),
        "kuna" | "kunas" => Cur::Code("HRK"),
        "soles" => Cur::Code("PEN"),
        "boliviano" | "bolivianos" => Cur::Code("BOB"),
        "quetzal" | "quetzales" | "quetzals" => Cur::Code("GTQ"),
        "lempira" | "lempiras" => Cur::Code("HNL"),
        "bolivar" | "bolivars" | "bolivares" => Cur::Code("VES"),
        "gourde" | "gourdes" => Cur::Code("HTG"),
        "pula" => Cur::Code("BWP"),
        "leone" | "leones" => Cur::Code("SLE"),
        "ariary" => Cur::Code("MGA"),
        "dalasi" | "dalasis" => Cur::Code("GMD"),
        "rufiyaa" => Cur::Code("MVR"),
        "kina" => Cur::Code("PGK"),
        "grand" => Cur::Grand,
        "bitcoin" | "bitcoins" => Cur::Code("XBT"),
        _ => return None,
    })
}

/// Country adjectives before a currency word ("Canadian dollars") and the
/// code they make with a generic currency.
pub(crate) fn country_currency(adj: &str, cur: &str) -> Option<&'static str> {
    Some(match (adj, cur) {
        ("u.s." | "us" | "american" | "u.s" | "united states", "dollar") => "USD",
        ("canadian" | "can" | "canada", "dollar") => "CAD",
        ("australian" | "aust" | "australia", "dollar") => "AUD",
        ("new zealand" | "n.z." | "nz", "dollar") => "NZD",
        ("hong kong" | "h.k." | "hk", "dollar") => "HKD",
        ("singapore" | "singaporean", "dollar") => "SGD",
        ("taiwan" | "taiwanese" | "taiwan's", "dollar") => "TWD",
        ("jamaican", "dollar") => "JMD",
        ("zimbabwe" | "zimbabwean", "dollar") => "ZWD",
        ("egyptian" | "egypt", "pound") => "EGP",
        ("lebanese", "pound") => "LBP",
        ("syrian", "pound") => "SYP",
        ("sudanese", "pound") => "SDG",
        ("irish", "pound") => "IEP",
        ("cypriot" | "cyprus", "pound") => "CYP",
        ("british", "pound") => "GBP",
        ("swiss", "franc") => "CHF",
        ("french", "franc") => "FRF",
        ("belgian", "franc") => "BEF",
        ("cfa", "franc") => "XOF",
        ("italian", "lira") => "ITL",
        ("turkish", "lira") => "TRY",
        ("mexican", "peso") => "MXN",
        ("philippine" | "filipino", "peso") => "PHP",
        ("argentine" | "argentinian", "peso") => "ARS",
        ("chilean", "peso") => "CLP",
        ("colombian", "peso") => "COP",
        ("swedish", "krona") => "SEK",
        ("norwegian", "krone") => "NOK",
        ("danish", "krone") => "DKK",
        ("danish" | "norwegian", "crown") => {
            if adj == "danish" {
                "DKK"
            } else {
                "NOK"
            }
        }
        ("swedish", "crown") => "SEK",
        ("czech", "crown") => "CZK",
        ("kuwaiti", "dinar") => "KWD",
        ("iraqi", "dinar") => "IQD",
        ("jordanian", "dinar") => "JOD",
        ("bahraini", "dinar") => "BHD",
        ("libyan", "dinar") => "LYD",
        ("tunisian", "dinar") => "TND",
        ("algerian", "dinar") => "DZD",
        ("serbian", "dinar") => "RSD",
        ("saudi", "riyal") => "SAR",
        ("qatari", "riyal") => "QAR",
        ("omani", "rial") => "OMR",
        ("iranian", "rial") => "IRR",
        ("yemeni", "rial" | "riyal") => "YER",
        ("uae" | "emirati", "dirham") => "AED",
        ("moroccan", "dirham") => "MAD",
        ("malaysia" | "malaysian", "ringgit") => "MYR",
        ("indian", "rupee") => "INR",
        ("pakistani", "rupee") => "PKR",
        ("sri lankan", "rupee") => "LKR",
        ("nepali" | "nepalese", "rupee") => "NPR",
        ("indonesian", "rupiah") => "IDR",
        ("russian", "rouble") => "RUB",
        ("ukrainian", "hryvnia") => "UAH",
        ("brazilian", "real") => "BRL",
        ("south african", "rand") => "ZAR",
        ("south korean" | "korean", "won") => "KRW",
        ("japanese", "yen") => "JPY",
        ("chinese", "yuan") => "CNY",
        ("west german" | "german", "mark") => "DEM",
        ("kenyan" | "kenya", "shilling") => "KES",
        ("ugandan" | "uganda", "shilling") => "UGX",
        ("tanzanian" | "tanzania", "shilling") => "TZS",
        ("somali" | "somalia", "shilling") => "SOS",
        ("austrian", "shilling") => "ATS",
        ("zambian" | "zambia", "kwacha") => "ZMW",
        ("malawian" | "malawi", "kwacha") => "MWK",
        ("azerbaijani" | "azeri", "manat") => "AZN",
        ("turkmen", "manat") => "TMT",
        ("romanian", "leu") => "RON",
        ("moldovan", "leu") => "MDL",
        ("bangladeshi", "taka") => "BDT",
        ("vietnamese", "dong") => "VND",
        ("ghanaian", "cedi") => "GHS",
        ("ethiopian", "birr") => "ETB",
        _ => return None,
    })
}

/// The generic name a currency word maps to for [`country_currency`].
pub(crate) fn generic_of(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "dollar" | "dollars" | "dlr" | "dlrs" => "dollar",
        "pound" | "pounds" => "pound",
        "franc" | "francs" => "franc",
        "lira" | "lire" => "lira",
        "peso" | "pesos" => "peso",
        "krona" | "kronor" => "krona",
        "krone" | "kroner" => "krone",
        "crown" | "crowns" => "crown",
        "dinar" | "dinars" => "dinar",
        "riyal" | "riyals" => "riyal",
        "rial" | "rials" => "rial",
        "dirham" | "dirhams" => "dirham",
        "ringgit" | "ringgits" => "ringgit",
        "rupee" | "rupees" => "rupee",
        "rupiah" => "rupiah",
        "rouble" | "roubles" | "ruble" | "rubles" => "rouble",
        "hryvnia" | "hryvnias" => "hryvnia",
        "real" | "reais" => "real",
        "rand" => "rand",
        "won" => "won",
        "yen" => "yen",
        "yuan" => "yuan",
        "mark" | "marks" => "mark",
        "shilling" | "shillings" => "shilling",
        "kwacha" | "kwachas" => "kwacha",
        "manat" | "manats" => "manat",
        "leu" | "lei" => "leu",
        "taka" | "takas" => "taka",
        "dong" => "dong",
        "cedi" | "cedis" => "cedi",
        "birr" | "birrs" => "birr",
        _ => return None,
    })
}

/// A measurement unit: canonical unit and the factor to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    pub canon: &'static str,
    pub factor: f64,
}

const fn u(canon: &'static str, factor: f64) -> Option<Unit> {
    Some(Unit { canon, factor })
}

/// One-token units (lower case, trailing period removed).
pub(crate) fn unit1(w: &str) -> Option<Unit> {
    match w {
        // length -> km
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => u("km", 1.0),
        "metre" | "metres" | "meter" | "meters" => u("km", 1e-3),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => u("km", 1e-5),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => u("km", 1e-6),
        "mile" | "miles" => u("km", 1.609344),
        "ft" | "feet" | "foot" => u("km", 0.0003048),
        "yard" | "yards" | "yd" | "yds" => u("km", 0.0009144),
        "inch" | "inches" => u("km", 0.0000254),
        // an earthquake's magnitude ("a 5.4-magnitude quake")
        "magnitude" => u("magnitude", 1.0),
        // mass -> t
        "t" | "tonne" | "tonnes" | "ton" | "tons" | "mt" => u("t", 1.0),
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" | "kilogramme" | "kilogrammes" | "k.g" | "k.g."
        | "k.gs" => u("t", 1e-3),
        "g" | "gs" | "gram" | "grams" | "gramme" | "grammes" | "gm" | "gms" => u("t", 1e-6),
        "mg" | "milligram" | "milligrams" | "mgs" => u("t", 1e-9),
        "lb" | "lbs" | "pound" | "pounds" => u("t", 0.000_453_592_37),
        "oz" | "ounce" | "ounces" | "ozs" => u("oz", 1.0),
        // volume
        "barrel" | "barrels" | "bbl" | "bbls" => u("bbl", 1.0),
        "bpd" | "b/d" | "bopd" => u("bbl/d", 1.0),
        "litre" | "litres" | "liter" | "liters" => u("l", 1.0),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => u("l", 1e-3),
        "gallon" | "gallons" | "gal" => u("l", 3.785_411_784),
        "cup" | "cups" => u("cup", 1.0),
        "bcm" => u("m3", 1e9),
        "tcf" => u("m3", 2.831_684_66e10),
        "bcf" => u("m3", 2.831_684_66e7),
        // area -> km2
        "acre" | "acres" => u("km2", 0.004_046_856_4),
        "hectare" | "hectares" | "ha" => u("km2", 0.01),
        "km2" | "sq.km" => u("km2", 1.0),
        // power -> MW, energy -> MWh
        "mw" | "megawatt" | "megawatts" => u("MW", 1.0),
        "kw" | "kilowatt" | "kilowatts" => u("MW", 1e-3),
        "gw" | "gigawatt" | "gigawatts" => u("MW", 1e3),
        "mwh" => u("MWh", 1.0),
        "kwh" => u("MWh", 1e-3),
        "gwh" => u("MWh", 1e3),
        "twh" => u("MWh", 1e6),
        // speed -> km/h
        "mph" => u("km/h", 1.609344),
        "kph" | "km/h" | "kmh" => u("km/h", 1.0),
        "knots" | "knot" => u("km/h", 1.852),
        _ => None,
    }
}

/// Two-token units ("metric tons", "square miles", "cubic metres").
pub(crate) fn unit2(a: &str, b: &str) -> Option<Unit> {
    match (a, b) {
        ("metric", "ton" | "tons" | "tonne" | "tonnes") => u("t", 1.0),
        ("short", "ton" | "tons") => u("t", 0.907_184_74),
        ("long", "ton" | "tons") => u("t", 1.016_046_9),
        ("troy", "ounce" | "ounces" | "oz") => u("oz", 1.0),
        ("square" | "sq", "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km" | "kms") => u("km2", 1.0),
        ("square" | "sq", "miles" | "mile" | "mi") => u("km2", 2.589_988),
        ("square" | "sq", "metres" | "meters" | "metre" | "meter" | "m") => u("km2", 1e-6),
        ("square" | "sq", "feet" | "foot" | "ft") => u("km2", 9.290_304e-8),
        ("cubic", "metres" | "meters" | "metre" | "meter" | "m") => u("m3", 1.0),
        ("cubic", "feet" | "foot" | "ft") => u("m3", 0.028_316_846_6),
        ("nautical", "mile" | "miles") => u("km", 1.852),
        ("light", "years") => u("km", 9.4607e12),
        _ => None,
    }
}

/// Modifiers before an amount, longest first: (words, modifier).
pub(crate) const MODIFIERS: &[(&[&str], &str)] = &[
    (&["in", "excess", "of"], "more_than"),
    (&["upwards", "of"], "more_than"),
    (&["more", "than"], "more_than"),
    (&["greater", "than"], "more_than"),
    (&["higher", "than"], "more_than"),
    (&["just", "over"], "more_than"),
    (&["well", "over"], "more_than"),
    (&["no", "less", "than"], "at_least"),
    (&["not", "less", "than"], "at_least"),
    (&["no", "fewer", "than"], "at_least"),
    (&["at", "least"], "at_least"),
    (&["a", "minimum", "of"], "at_least"),
    (&["no", "more", "than"], "up_to"),
    (&["not", "more", "than"], "up_to"),
    (&["at", "most"], "up_to"),
    (&["up", "to"], "up_to"),
    (&["as", "much", "as"], "up_to"),
    (&["as", "many", "as"], "up_to"),
    (&["as", "high", "as"], "up_to"),
    (&["a", "maximum", "of"], "up_to"),
    (&["less", "than"], "less_than"),
    (&["fewer", "than"], "less_than"),
    (&["lower", "than"], "less_than"),
    (&["just", "under"], "less_than"),
    (&["just", "below"], "less_than"),
    (&["close", "to"], "approx"),
    (&["an", "estimated"], "approx"),
    (&["some"], "approx"),
    (&["about"], "approx"),
    (&["around"], "approx"),
    (&["approximately"], "approx"),
    (&["approx"], "approx"),
    (&["roughly"], "approx"),
    (&["nearly"], "approx"),
    (&["almost"], "approx"),
    (&["circa"], "approx"),
    (&["estimated"], "approx"),
    (&["~"], "approx"),
    (&["over"], "more_than"),
    (&["above"], "more_than"),
    (&["exceeding"], "more_than"),
    (&["under"], "less_than"),
    (&["below"], "less_than"),
    (&["exactly"], "exactly"),
    (&["precisely"], "exactly"),
];
