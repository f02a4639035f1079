// The columns a CSV bank statement may have, and the header texts each is known by in
// Polish, English, German and Russian (compared in normalized form: case, accents and
// punctuation do not count, so mBank's "#Data operacji" is "Data operacji").
// Order matters twice: fields are matched in the order of this list, and each takes
// the first of its headers the file has. So "Data księgowania" wins over "Data
// operacji" for the booking date when a bank exports both, and the statement's own
// account ("Rachunek") is claimed before the counterparty's ("Numer rachunku").
// Pure data: the web app may show it beside its column-mapping editor.

export const csvStatementFieldNames = [
  'bookingDate',
  'valueDate',
  'account',
  'currency',
  'amount',
  'credit',
  'debit',
  'side',
  'title',
  'counterpartyName',
  'counterpartyAccount',
  'counterpartyAddress',
  'recipientName',
  'recipientAccount',
  'bankReference',
  'endToEndId',
  'transactionCode',
] as const;
export type CsvStatementField = (typeof csvStatementFieldNames)[number];

export type CsvStatementFieldInfo = {
  field: CsvStatementField;
  /** What the column holds, for messages. */
  label: string;
  /** Header texts naming this field, best first; the field's own name is recognised too. */
  headers: string[];
};

// Header texts are written "a|b|c" to keep the table readable.
const field = (name: CsvStatementField, label: string, headers: string): CsvStatementFieldInfo => ({
  field: name,
  label,
  headers: headers.split('|'),
});

export const csvStatementFields: readonly CsvStatementFieldInfo[] = [
  field(
    'bookingDate',
    'the booking date',
    'Data księgowania|Data ksiegowania|Data rozliczenia|Data operacji|Data transakcji|Booking date|Posting date|' +
      'Transaction date|Buchungstag|Buchungsdatum|Дата проводки|Дата операции|Дата списания/зачисления|Data|Date|Datum|' +
      'Дата',
  ),
  field(
    'valueDate',
    'the value date',
    'Data waluty|Data walutowania|Value date|Valuta|Valutadatum|Wertstellung|Wertstellungsdatum|Дата валютирования',
  ),
  field(
    'account',
    "the statement's own account",
    'Rachunek|Numer rachunku/karty|Nr rachunku/karty|Rachunek własny|Mój rachunek|Konto|Own account|Account|' +
      'Auftragskonto|IBAN Auftragskonto|Kontonummer|Счет|Номер счета|Наш счет',
  ),
  field(
    'currency',
    'the currency',
    'Waluta rachunku|Waluta|Kod waluty|Currency|Currency code|Ccy|Curr|Währung|Валюта счета|Валюта|Waluta operacji',
  ),
  field(
    'amount',
    'the signed amount',
    'Kwota w walucie rachunku|Kwota transakcji (waluta rachunku)|Kwota|Kwota operacji|Kwota transakcji|' +
      'Kwota przelewu|Amount|Transaction amount|Value|Betrag|Umsatz|Buchungsbetrag|Сумма|Сумма операции|' +
      'Сумма в валюте счета',
  ),
  field(
    'credit',
    'the credits (money in)',
    'Uznania|Uznanie|Kwota uznania|Wpływy|Wpływ|Przychody|Przychód|Ma|Credit|Credits|Credit amount|Money in|Paid in|' +
      'Haben|Gutschrift|Einnahmen|Eingang|Кредит|Приход|Поступление|Зачисление',
  ),
  field(
    'debit',
    'the debits (money out)',
    'Obciążenia|Obciążenie|Kwota obciążenia|Wypływy|Wypływ|Wydatki|Rozchody|Rozchód|Wn|Winien|Debit|Debits|' +
      'Debit amount|Money out|Paid out|Soll|Lastschrift|Ausgaben|Ausgang|Дебет|Расход|Списание',
  ),
  field(
    'side',
    'the side (credit or debit) of an unsigned amount',
    'Strona|Strona operacji|Uznanie/Obciążenie|Obciążenie/Uznanie|Ma/Wn|Wn/Ma|Credit/Debit|Debit/Credit|Cr/Dr|Dr/Cr|' +
      'CdtDbtInd|Soll/Haben|Haben/Soll|S/H|Кредит/Дебет|Дебет/Кредит|Приход/Расход',
  ),
  field(
    'title',
    'the title',
    'Tytuł|Tytuł operacji|Tytuł przelewu|Tytułem|Opis|Opis operacji|Opis transakcji|Szczegóły transakcji|' +
      'Szczegóły operacji|Szczegóły|Title|Transfer title|Description|Details|Transaction details|Payment details|' +
      'Payment reference|Remittance information|Narrative|Memo|Verwendungszweck|Beschreibung|Назначение платежа|' +
      'Назначение|Описание операции|Описание',
  ),
  field(
    'counterpartyName',
    'the counterparty (the payer of a credit)',
    'Nadawca/Odbiorca|Odbiorca/Nadawca|Zleceniodawca/Odbiorca|Odbiorca/Zleceniodawca|Kontrahent|Dane kontrahenta|' +
      'Nazwa kontrahenta|Nadawca|Nazwa nadawcy|Zleceniodawca|Nazwa zleceniodawcy|Płatnik|Counterparty|' +
      'Counterparty name|Payer/Payee|Payee/Payer|Payer|Remitter|Ordering party|Name|Auftraggeber/Empfänger|' +
      'Empfänger/Auftraggeber|Beguenstigter/Zahlungspflichtiger|Begünstigter/Zahlungspflichtiger|' +
      'Name Zahlungsbeteiligter|Zahlungsbeteiligter|Auftraggeber|Zahlungspflichtiger|Контрагент|' +
      'Наименование контрагента|Плательщик/Получатель|Плательщик',
  ),
  field(
    'counterpartyAccount',
    "the counterparty's account",
    'Rachunek kontrahenta|Nr rachunku kontrahenta|Numer rachunku kontrahenta|Rachunek nadawcy/odbiorcy|' +
      'Na konto/Z konta|Z konta/Na konto|Z rachunku/Na rachunek|Rachunek nadawcy|Numer rachunku nadawcy|' +
      'Nr rachunku nadawcy|Rachunek zleceniodawcy|Nr rachunku|Numer rachunku|Numer konta|Nr konta|' +
      'Counterparty account|Counterparty IBAN|Payer account|IBAN|Kontonummer/IBAN|IBAN Zahlungsbeteiligter|' +
      'Kontonummer Zahlungsbeteiligter|Счет контрагента|Счет плательщика/получателя|Счет плательщика',
  ),
  field(
    'counterpartyAddress',
    "the counterparty's address",
    'Adres kontrahenta|Adres nadawcy|Adres|Counterparty address|Address|Adresse|Адрес контрагента|Адрес',
  ),
  field(
    'recipientName',
    'the recipient (the counterparty of a debit, when the file names payer and recipient apart)',
    'Odbiorca|Nazwa odbiorcy|Beneficjent|Payee|Recipient|Beneficiary|Empfänger|Begünstigter|Получатель',
  ),
  field(
    'recipientAccount',
    "the recipient's account",
    'Rachunek odbiorcy|Numer rachunku odbiorcy|Nr rachunku odbiorcy|Rachunek beneficjenta|Payee account|' +
      'Recipient account|Beneficiary account|IBAN Empfänger|Konto Empfänger|Счет получателя',
  ),
  field(
    'bankReference',
    "the bank's reference",
    'Nr transakcji|Numer transakcji|Id transakcji|Identyfikator transakcji|Numer referencyjny|Nr referencyjny|' +
      'Referencja|Referencje|Transaction ID|Transaction reference|Transaction number|Reference number|' +
      'Bank reference|Transaktions-ID|Bankreferenz|Referenz|Номер операции|Номер документа|Референс',
  ),
  field(
    'endToEndId',
    'the end-to-end id',
    'End-to-end ID|EndToEndId|Identyfikator end-to-end|Referencja end-to-end|E2E ID|End-to-End-Referenz|' +
      'Ende-zu-Ende-Referenz',
  ),
  field(
    'transactionCode',
    'the kind of transaction',
    'Typ transakcji|Typ operacji|Rodzaj transakcji|Rodzaj operacji|Transaction type|Type|Buchungstext|Umsatzart|' +
      'Vorgang|Тип операции|Вид операции',
  ),
];
