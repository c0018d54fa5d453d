//! HTML entities in record text: `&amp;`, `&#8217;`, `&#x2019;` and every
//! name of HTML 4 (`&eacute;`, `&hellip;`, `&euro;`, Greek letters, arrows,
//! mathematical signs), decoded as a browser decodes them; and the
//! encoding that lets a bundle hold text that only looks like one.

use std::borrow::Cow;

/// Replaces `&amp;`, `&#8217;`, `&#x2019;` and every named entity of HTML 4.
/// Unknown or malformed entities stay as they were written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        match entity_at(rest) {
            Some((decoded, used)) => {
                out.push(decoded);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text as a bundle stores it: each `&` that [`decode_entities`] would take
/// for the start of an entity is written `&amp;`, so that reading the bundle
/// gives back this very text (`&amp;nbsp;` in a source is the text `&nbsp;`,
/// which must not come back as a space). Any other `&` stays as it is.
/// Only the bundle writer encodes, so the widget goes without it.
#[cfg(feature = "serde-json")]
pub fn encode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        if c == '&' && entity_at(&text[at..]).is_some() {
            out.push_str("&amp;");
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The character an entity at the start of `text` stands for, and its length.
fn entity_at(text: &str) -> Option<(char, usize)> {
    // Entity names are short; looking further would make `&` in prose costly.
    let (semicolon, _) = text.char_indices().take(34).find(|&(_, c)| c == ';')?;
    let name = &text[1..semicolon];
    let end = semicolon;
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        match char::from_u32(code) {
            Some('\0') | None => '\u{FFFD}',
            Some(c) => c,
        }
    } else {
        named_entity(name)?
    };
    Some((decoded, end + 1))
}

/// The character of a named entity: HTML 4's 252 names, and `apos`.
fn named_entity(name: &str) -> Option<char> {
    let mut rest = NAMED;
    while !rest.is_empty() {
        let end = rest.bytes().position(|b| !b.is_ascii_alphanumeric())?;
        let (entry, after) = rest.split_at(end);
        let mut chars = after.chars();
        let character = chars.next()?;
        if entry == name {
            return Some(character);
        }
        rest = chars.as_str();
    }
    None
}

/// Each name followed by its character, the names feeds use most first (the
/// table is read from the start). One string rather than a table of
/// string slices: 2 kB rather than 4, and no `match` of 253 arms. `lang`
/// and `rang` are the angle brackets browsers show (HTML 5's), not HTML
/// 4's deprecated U+2329 and U+232A.
#[rustfmt::skip]
const NAMED: &str = "\
    amp&lt<gt>quot\"apos'nbsp\u{A0}hellip…mdash—ndash–lsquo‘rsquo’ldquo“rdquo”laquo«\
    raquo»bull•middot·copy©reg®trade™euro€pound£deg°eacuteéegraveèaacuteáagraveàuumlü\
    oumlöaumläszligßccedilçntildeñtimes×iexcl¡cent¢curren¤yen¥brvbar¦sect§uml¨ordfªnot¬\
    shy\u{AD}macr¯plusmn±sup2²sup3³acute´microµpara¶cedil¸sup1¹ordmºfrac14¼frac12½\
    frac34¾iquest¿AgraveÀAacuteÁAcircÂAtildeÃAumlÄAringÅAEligÆCcedilÇEgraveÈEacuteÉ\
    EcircÊEumlËIgraveÌIacuteÍIcircÎIumlÏETHÐNtildeÑOgraveÒOacuteÓOcircÔOtildeÕOumlÖ\
    OslashØUgraveÙUacuteÚUcircÛUumlÜYacuteÝTHORNÞacircâatildeãaringåaeligæecircêeumlë\
    igraveìiacuteíicircîiumlïethðograveòoacuteóocircôotildeõdivide÷oslashøugraveùuacuteú\
    ucircûyacuteýthornþyumlÿOEligŒoeligœScaronŠscaronšYumlŸfnofƒcircˆtilde˜AlphaΑBetaΒ\
    GammaΓDeltaΔEpsilonΕZetaΖEtaΗThetaΘIotaΙKappaΚLambdaΛMuΜNuΝXiΞOmicronΟPiΠRhoΡSigmaΣ\
    TauΤUpsilonΥPhiΦChiΧPsiΨOmegaΩalphaαbetaβgammaγdeltaδepsilonεzetaζetaηthetaθiotaι\
    kappaκlambdaλmuμnuνxiξomicronοpiπrhoρsigmafςsigmaσtauτupsilonυphiφchiχpsiψomegaω\
    thetasymϑupsihϒpivϖensp\u{2002}emsp\u{2003}thinsp\u{2009}zwnj\u{200C}zwj\u{200D}\
    lrm\u{200E}rlm\u{200F}sbquo‚bdquo„dagger†Dagger‡permil‰prime′Prime″lsaquo‹rsaquo›\
    oline‾frasl⁄imageℑweierp℘realℜalefsymℵlarr←uarr↑rarr→darr↓harr↔crarr↵lArr⇐uArr⇑rArr⇒\
    dArr⇓hArr⇔forall∀part∂exist∃empty∅nabla∇isin∈notin∉ni∋prod∏sum∑minus−lowast∗radic√\
    prop∝infin∞ang∠and∧or∨cap∩cup∪int∫there4∴sim∼cong≅asymp≈ne≠equiv≡le≤ge≥sub⊂sup⊃nsub⊄\
    sube⊆supe⊇oplus⊕otimes⊗perp⊥sdot⋅lceil⌈rceil⌉lfloor⌊rfloor⌋lang⟨rang⟩loz◊spades♠\
    clubs♣hearts♥diams♦";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_253_names_once_each() {
        let mut names = Vec::new();
        let mut rest = NAMED;
        while let Some(end) = rest.bytes().position(|b| !b.is_ascii_alphanumeric()) {
            let (name, after) = rest.split_at(end);
            let mut chars = after.chars();
            let character = chars.next();
            assert!(
                !name.is_empty(),
                "a character without a name before {after:?}"
            );
            assert_eq!(named_entity(name), character, "{name}");
            names.push(name);
            rest = chars.as_str();
        }
        assert_eq!(names.len(), 253);
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 253);
    }

    #[test]
    fn decodes_the_entities_found_in_real_excerpts() {
        assert_eq!(
            decode_entities(
                "Apple&#8217;s &#8220;AI&#8221; &#8211; Q&amp;A&nbsp;now&hellip; &#038; &#x2019;"
            ),
            "Apple’s “AI” – Q&A\u{a0}now… & ’"
        );
    }

    #[test]
    #[cfg(feature = "serde-json")]
    fn encoded_text_decodes_to_itself() {
        for text in [
            "&nbsp;",
            "AT&T & Q&A",
            "&amp;lt;",
            "&#8217; &x&nbsp;",
            "&",
            "plain",
        ] {
            assert_eq!(decode_entities(&encode_entities(text)), text, "{text:?}");
        }
        assert_eq!(encode_entities("AT&T &nbsp;"), "AT&T &amp;nbsp;");
    }

    #[test]
    fn leaves_malformed_entities_alone() {
        assert_eq!(
            decode_entities("AT&T & co &bogus; &#xZZ; &"),
            "AT&T & co &bogus; &#xZZ; &"
        );
        assert_eq!(decode_entities("&#0;&#1114112;"), "\u{FFFD}\u{FFFD}");
        assert_eq!(decode_entities("&lt;script&gt;"), "<script>");
    }
}
