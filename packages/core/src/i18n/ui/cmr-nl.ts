import type { cmrEn } from './cmr-en.js';

/** Dutch UI strings of the EU Conflict Minerals Regulation importer check (issue #13, item 1). */
export const cmrNl: Readonly<Record<keyof typeof cmrEn, string>> = {
  'cmr.title': 'EU-verordening conflictmineralen: importeurscheck',
  'cmr.intro':
    'Vul de mineralen en metalen in die u zelf in de EU invoert, met hun douanecode (GN of TARIC) en jaarhoeveelheid, of upload ze als CSV- of Excelbestand. Assay vergelijkt elke regel met zijn regel in bijlage I van Verordening (EU) 2017/821 en toont de plichten die daaruit volgen.',
  'cmr.planLink': 'Open de importeurscheck',
  'cmr.planNone': 'Er is nog geen importeurscheck uitgevoerd.',
  'cmr.planLatest': 'Laatste importeurscheck ({date}): {status}.',
  'cmr.latest': 'Laatste check',
  'cmr.checkedOn': 'Gecontroleerd op {date} op basis van {source}.',
  'cmr.source.form': 'het formulier',
  'cmr.source.file': 'het bestand {file}',
  'cmr.checkedNotice': 'De check is uitgevoerd en opgeslagen.',
  'cmr.none': 'Nog geen check. Vul hieronder uw importregels in of upload een bestand.',
  'cmr.status.in_scope': 'Valt eronder',
  'cmr.status.out_of_scope': 'Valt er niet onder',
  'cmr.status.undetermined': 'Nog niet te beslissen',
  'cmr.statusText.in_scope':
    'U bent een importeur in de Unie onder Verordening (EU) 2017/821 voor de regels die eronder vallen. De plichten hieronder horen bij die regels.',
  'cmr.statusText.out_of_scope': 'Geen regel haalt zijn drempel uit bijlage I, dus de verordening verplicht u niet.',
  'cmr.statusText.undetermined':
    'Tot nu toe valt geen regel eronder, maar minstens één code kon niet aan bijlage I worden gekoppeld. Verbeter die voordat u op deze uitkomst vertrouwt.',
  'cmr.rule':
    'Regel: onder de drempel (jaarlijks invoervolume) van een regel van bijlage I valt u er niet onder; op of boven de drempel wel (art. 1, lid 3).',
  'cmr.col.row': 'Regel',
  'cmr.col.code': 'GN-code',
  'cmr.col.quantity': 'Hoeveelheid zoals gelezen',
  'cmr.col.annexLine': 'Regel van bijlage I',
  'cmr.col.nature': 'Mineraal of metaal',
  'cmr.col.threshold': 'Drempel',
  'cmr.col.total': 'Jaartotaal',
  'cmr.col.verdict': 'Oordeel',
  'cmr.col.notes': 'Toelichting',
  'cmr.linesCaption': 'Importregels en hun regels van bijlage I',
  'cmr.nature.mineral': 'mineraal (deel A)',
  'cmr.nature.metal': 'metaal (deel B)',
  'cmr.nature.unknown': 'goud: mineraal of metaal (raffinage niet opgegeven)',
  'cmr.unverified': 'niet geverifieerd',
  'cmr.unverifiedHint': 'alleen gezien in één kopie van de geconsolideerde tekst; controleer in PB L 360/2020',
  'cmr.recycledTag': 'gerecycled',
  'cmr.reason.at_or_above_threshold': 'Valt eronder: het jaartotaal haalt de drempel',
  'cmr.reason.below_threshold': 'Valt er niet onder: het jaartotaal blijft onder de drempel',
  'cmr.reason.recycled_exempt': 'Valt er niet onder: gerecycled metaal',
  'cmr.reason.not_in_annex_i': 'Valt er niet onder: niet in bijlage I',
  'cmr.reason.taric_not_covered': 'Valt er niet onder: een andere TARIC-onderverdeling',
  'cmr.reason.not_covered_after_cn_change': 'Valt er niet onder: niet gedekt sinds een GN-wijziging',
  'cmr.reason.code_unresolved': 'Niet te beslissen: onbekende code',
  'cmr.reason.code_too_broad': 'Niet te beslissen: code te kort',
  'cmr.reason.invalid': 'Niet gecontroleerd',
  'cmr.convention.title': 'Hoe de hoeveelheden zijn gelezen',
  'cmr.convention.declared.comma': 'Decimale komma, zoals u koos (1.234,5 = twaalfhonderdvierendertig en een half).',
  'cmr.convention.declared.point': 'Decimale punt, zoals u koos (1,234.5 = twaalfhonderdvierendertig en een half).',
  'cmr.convention.delimiter.comma':
    'Decimale komma: het bestand scheidt de velden met “;”, zoals Excel doet bij Nederlandse landinstellingen.',
  'cmr.convention.figures.comma': 'Decimale komma: getallen zoals dat in regel {row} zijn alleen zo te lezen.',
  'cmr.convention.figures.point': 'Decimale punt: getallen zoals dat in regel {row} zijn alleen zo te lezen.',
  'cmr.convention.none': 'Geen getal had een decimaalteken nodig om gelezen te worden.',
  'cmr.convention.conflict':
    'De getallen in het bestand gebruiken verschillende decimaaltekens (bijv. regels {commaRow} en {pointRow}).',
  'cmr.gold.title': 'De twee goudregels (ex 7108): welke lezing Assay toepast',
  'cmr.gold.text':
    'Bijlage I noemt goud twee keer: niet geraffineerd (minder dan 99,5 %, deel A, een mineraal) en geraffineerd (99,5 % of meer, deel B, een metaal). De voetnoot stelt één drempel vast “voor beide ex 7108-regels”, zonder te zeggen of de 100 kg per regel geldt of voor beide samen. Assay vergelijkt met beide samen (hier {joint} kg), omdat die lezing nooit een importeur mist die de andere lezing wel meetelt.',
  'cmr.gold.same':
    'Per regel vergeleken (niet geraffineerd {unrefined} kg, geraffineerd {refined} kg) zou het oordeel hetzelfde zijn.',
  'cmr.gold.differs':
    'Per regel vergeleken (niet geraffineerd {unrefined} kg, geraffineerd {refined} kg) haalt geen goudregel 100 kg. Assay rekent u toch tot de importeurs die eronder vallen; vraag advies als u op de andere lezing wilt vertrouwen.',
  'cmr.gold.undecided':
    'Per regel is het niet te zeggen, omdat voor {unknown} kg de raffinage niet is opgegeven. Geef per goudregel aan of het goud geraffineerd is.',
  'cmr.duties': 'Uw plichten (art. 4–7)',
  'cmr.dutiesNone': 'Uit deze regels volgen geen plichten.',
  'cmr.dutyRows': 'voor regels {rows}',
  'cmr.dutyUnverified': 'formulering nog niet gecontroleerd in het Publicatieblad',
  'cmr.source':
    'Verordening (EU) 2017/821, bijlage I zoals gewijzigd bij Gedelegeerde Verordening (EU) 2020/1588 (geconsolideerde tekst 02017R0821-20201119).',
  'cmr.cnSource': 'GN-wijzigingen sinds 2020: {act}. Niet geverifieerd in de primaire tekst.',
  'cmr.upload.title': 'Upload een bestand',
  'cmr.upload.hint':
    'CSV of Excel (.xlsx), één regel per douanecode. Kolommen: gn_code, hoeveelheid, eenheid (kg, g, t), gerecycled (ja/nee), geraffineerd (ja/nee, voor goud), herkomstland (ISO-code). Engelse kolomnamen werken ook (cn_code, quantity, unit, recycled, gold_refined, origin_country).',
  'cmr.upload.file': 'Importbestand (.csv of .xlsx)',
  'cmr.upload.submit': 'Controleer het bestand',
  'cmr.form.title': 'Of vul de regels in',
  'cmr.form.hint': 'Eén regel per douanecode; laat ongebruikte regels leeg. Codes mogen spaties bevatten (8103 91 00).',
  'cmr.form.moreRows': 'Meer regels',
  'cmr.form.submit': 'Controleer deze regels',
  'cmr.form.line': 'Regel {row}',
  'cmr.form.notGold': 'geen goud',
  'cmr.form.unknown': 'onbekend',
  'cmr.form.yes': 'ja',
  'cmr.form.no': 'nee',
  'cmr.mark.label': 'Decimaalteken in de hoeveelheden',
  'cmr.mark.detect': 'Afleiden uit het bestand',
  'cmr.mark.comma': 'Komma: 1.234,5',
  'cmr.mark.point': 'Punt: 1,234.5',
  'cmr.errors.title': 'Er is niets gecontroleerd. Verbeter het volgende en probeer het opnieuw:',
  'cmr.error.unreadable':
    'Het bestand {file} kon niet als CSV of Excel worden gelezen. Sla het op als .csv of .xlsx en upload het opnieuw.',
  'cmr.error.noFile': 'Kies een bestand om te uploaden.',
  'cmr.error.empty': 'Vul minstens één regel in met een douanecode en een hoeveelheid.',
  'cmr.field.cn_code': 'GN-code',
  'cmr.field.quantity': 'hoeveelheid',
  'cmr.field.unit': 'eenheid',
  'cmr.field.recycled': 'gerecycled',
  'cmr.field.gold_refined': 'goud geraffineerd',
  'cmr.field.origin_country': 'land van herkomst',
  'cmr.field.origin_region': 'regio van herkomst',
  'cmr.field.decimal_mark': 'decimaalteken',
  'cmr.where.row': 'Regel {row}',
  'cmr.where.rowField': 'Regel {row}, {field}',
  'cmr.where.field': '{field}',
  'cmr.issue.missing_column': 'de kolom {column} ontbreekt. Zet de kolomnamen in de eerste rij.',
  'cmr.issue.no_lines': 'er staan geen importregels in.',
  'cmr.issue.too_many_lines': 'meer dan {max} regels; splits het bestand.',
  'cmr.issue.cn_empty': 'de GN-code is leeg.',
  'cmr.issue.cn_invalid': '“{value}” is geen GN- of TARIC-code van 4 tot 10 cijfers.',
  'cmr.issue.quantity_empty': 'de hoeveelheid is leeg.',
  'cmr.issue.quantity_invalid': '“{value}” is geen hoeveelheid (een getal van nul of meer).',
  'cmr.issue.quantity_ambiguous':
    '“{value}” kan gelezen worden als {point} {unit} (decimale punt) of als {comma} {unit} (decimale komma). Kies het decimaalteken van het bestand, of schrijf het getal zonder scheidingstekens voor duizendtallen.',
  'cmr.issue.quantity_wrong_mark':
    '“{value}” is niet te lezen met het decimaalteken dat u koos. Verbeter het getal of kies het andere decimaalteken.',
  'cmr.issue.unit_empty': 'er is geen eenheid opgegeven. Schrijf kg, g of t.',
  'cmr.issue.unit_ambiguous':
    '“{unit}” betekent op verschillende plaatsen een andere massa (een ton is 1 000 kg, 907 kg of 1 016 kg; een ounce 28,3 g of 31,1 g). Schrijf kg, g, t of troy oz.',
  'cmr.issue.unit_unknown': '“{unit}” is geen massa-eenheid die Assay kent. Schrijf kg, g of t.',
  'cmr.issue.unit_conflict': 'de eenheden spreken elkaar tegen ({units}). Houd er één over.',
  'cmr.issue.unit_not_kg': 'geef de hoeveelheid in kg.',
  'cmr.issue.recycled_invalid': '“{value}” is geen ja of nee.',
  'cmr.issue.gold_refined_invalid': '“{value}” is geen ja of nee.',
  'cmr.issue.origin_invalid': '“{value}” is geen landcode volgens ISO 3166-1.',
  'cmr.note.cn_change':
    '{code} is een code van de GN {edition}; bijlage I (GN 2017–2020) noemt deze goederen onder {annexCode} (voorheen {previous}).',
  'cmr.note.cn_change_not_covered':
    '{code} is ingevoerd met de GN {edition}; deze goederen vielen eerder onder {previous}, dat niet in bijlage I staat.',
  'cmr.note.heading_restructured':
    'Post {heading} is met de GN {edition} anders ingedeeld en Assay kent deze code niet (bekend: {codes}). Controleer de code; tot dan is deze regel niet te beslissen.',
  'cmr.note.code_too_broad':
    'Deze code omvat meerdere regels van bijlage I en goederen daarbuiten ({codes}). Geef de volledige code van 8 cijfers.',
  'cmr.note.old_code': '{code} is een code van de GN 2017–2021; sinds de GN 2022 is het {successors}.',
  'cmr.note.ex_unconfirmed':
    'Bijlage I omvat alleen TARIC-onderverdeling {taric} van {annexCode}. Zonder de code van 10 cijfers telt deze regel uit voorzorg mee.',
  'cmr.note.taric_not_covered': 'Bijlage I omvat alleen TARIC-onderverdeling {taric} van {annexCode}.',
  'cmr.note.threshold_unverified': 'De drempel is alleen gezien in één kopie van de geconsolideerde tekst.',
  'cmr.note.recycled_ore':
    'U markeerde deze regel als gerecycled, maar de uitzondering voor gerecyclede materialen geldt alleen voor gerecyclede metalen, nooit voor ertsen en concentraten. De regel telt mee.',
  'cmr.note.recycled_unrefined_gold':
    'U markeerde dit goud als gerecycled. Goud dat niet geraffineerd is staat bij de mineralen (deel A), en de uitzondering geldt voor gerecyclede metalen; Assay telt de regel mee (voorzichtige lezing).',
  'cmr.note.recycled_gold_unknown':
    'U markeerde dit goud als gerecycled, maar niet of het geraffineerd is. Alleen geraffineerd goud (een metaal) kan als gerecycled buiten beschouwing blijven; tot u dat aangeeft telt de regel mee.',
  'cmr.note.gold_form_unknown':
    'Geef aan of dit goud geraffineerd is (99,5 % of meer): geraffineerd goud is een metaal (deel B), ander goud een mineraal (deel A). Tot dan worden de plichten van beide getoond.',
  'cmr.note.gold_joint': 'Vergeleken met beide goudregels samen: {jointKg} kg tegenover {thresholdKg} kg.',
};
