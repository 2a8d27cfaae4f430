"""The shift supervisor's screens: the dashboard, the reviews and the four-eyes check,
the shift reconciliation, the money view and the fee reconciliation."""

from __future__ import annotations

from translations_ar.forms import Plural

AR: dict[tuple[str, str], str | Plural] = {
    # --- the supervisor's dashboard --------------------------------------------------------
    ("ClerksModel", "Decided"): "المُنجزة",
    ("ClerksModel", "Rejected"): "المرفوضة",
    ("ClerksModel", "Rejection rate"): "نسبة الرفض",
    ("ClerksModel", "Overturned"): "الرفض المُلغى",
    ("ClerksModel", "Overturn rate"): "نسبة إلغاء الرفض",
    ("DashboardPanel", "This shift (8 hours)"): "هذه الوردية (8 ساعات)",
    ("DashboardPanel", "Last 24 hours"): "آخر 24 ساعة",
    ("DashboardPanel", "Last 7 days"): "آخر 7 أيام",
    ("DashboardPanel", "Export CSV…"): "تصدير CSV…",
    ("DashboardPanel", "Received"): "الواردة",
    ("DashboardPanel", "Decided"): "المُنجزة",
    ("DashboardPanel", "Accepted"): "المقبولة",
    ("DashboardPanel", "Rejected"): "المرفوضة",
    ("DashboardPanel", "Printed"): "المطبوعة",
    ("DashboardPanel", "Dispatched"): "المُسلَّمة للبريد",
    ("DashboardPanel", "Awaiting pickup"): "بانتظار الاستلام",
    ("DashboardPanel", "Open now"): "قيد العمل الآن",
    ("DashboardPanel", "Late (fast)"): "المتأخرة (سريعة)",
    ("DashboardPanel", "Late (slow)"): "المتأخرة (بطيئة)",
    ("DashboardPanel", "Rejections by reason"): "الرفض حسب السبب",
    ("DashboardPanel", "Rejections by clerk"): "الرفض حسب الموظف",
    ("DashboardPanel", "Export the dashboard"): "تصدير لوحة المتابعة",
    ("DashboardPanel", "CSV files (*.csv)"): "ملفات CSV (*.csv)",
    ("MainWindow", "Dashboard"): "لوحة المتابعة",
    ("SupervisorTabs", "Saved %1"): "حُفظ %1",
    # --- the four-eyes check --------------------------------------------------------------
    ("SupervisorTabs", "Recorded for %1."): "سُجِّل للمعاملة %1.",
    ("ReviewPanel", "Acceptances drawn for a second look"): "معاملات مقبولة مختارة للتدقيق الثاني",
    ("ReviewPanel", "Checked: no concern"): "دُقِّقت: لا ملاحظات",
    ("ReviewPanel", "Raise a concern"): "تسجيل ملاحظة",
    ("ReviewPanel", "The concern (required to raise one)"): "الملاحظة (إلزامية لتسجيلها)",
    ("ReviewPanel", "Choose an acceptance first."): "اختر معاملة مقبولة أولًا.",
    ("ReviewPanel", "Say what the concern is."): "اكتب الملاحظة.",
    ("ReviewPanel", "%n acceptance(s) drawn for a second look"): (
        "لا معاملات مختارة للتدقيق الثاني",
        "معاملة واحدة مختارة للتدقيق الثاني",
        "معاملتان مختارتان للتدقيق الثاني",
        "%n معاملات مختارة للتدقيق الثاني",
        "%n معاملة مختارة للتدقيق الثاني",
        "%n معاملة مختارة للتدقيق الثاني",
    ),
    (
        "Settings",
        "Percent of acceptances drawn for the supervisor's second look",
    ): "نسبة المعاملات المقبولة المختارة لتدقيق المشرف الثاني",
    (
        "Settings",
        "Days after a request is done here (sent off, rejection upheld, withdrawn) before "
        "its data and PDFs are deleted",
    ): (
        "الأيام بعد انتهاء المعاملة في هذه المحطة (إرسالها أو تثبيت رفضها أو سحبها) "
        "قبل حذف بياناتها وملفاتها"
    ),
    # --- shift supervisor's review -------------------------------------------------------
    ("ReviewPanel", "Note for the clerk (required to overturn)"): (
        "ملاحظة للموظف (إلزامية لإلغاء الرفض)"
    ),
    ("ReviewPanel", "Uphold the rejection"): "تثبيت الرفض",
    ("ReviewPanel", "Overturn: back to the queue"): "إلغاء الرفض وإعادتها إلى القائمة",
    ("ReviewPanel", "Refresh"): "تحديث",
    ("ReviewPanel", "Rejections awaiting review"): "المعاملات المرفوضة بانتظار المراجعة",
    ("ReviewPanel", "%n rejection(s) awaiting review"): (
        "لا معاملات مرفوضة بانتظار المراجعة",
        "معاملة مرفوضة واحدة بانتظار المراجعة",
        "معاملتان مرفوضتان بانتظار المراجعة",
        "%n معاملات مرفوضة بانتظار المراجعة",
        "%n معاملة مرفوضة بانتظار المراجعة",
        "%n معاملة مرفوضة بانتظار المراجعة",
    ),
    ("ReviewPanel", "Choose a rejection first."): "اختر معاملة مرفوضة أولًا.",
    ("ReviewPanel", "Say why the rejection is overturned."): "اذكر سبب إلغاء الرفض.",
    # --- decisions the server refused by the rules, for the supervisor ------------------
    ("Rules", "the civil-registry record contradicts the submitted data"): (
        "قيد السجل المدني يخالف البيانات المقدَّمة"
    ),
    ("Rules", "spelling variants were not confirmed"): "لم تُؤكَّد الفروق الإملائية",
    ("Rules", "the workstation did not say which spelling variants were confirmed"): (
        "لم تذكر محطة العمل أيَّ الفروق الإملائية أُكِّدت"
    ),
    ("Rules", "the civil-registry record was not fetched under the lease"): (
        "لم يُستخرج قيد السجل المدني في أثناء حجز المعاملة"
    ),
    # --- the shift reconciliation (issue 18: a reconciliation that reconciles) ----------
    ("Actions", "Shift r&econciliation…"): "م&طابقة الوردية…",
    ("Actions", "Every number used this shift, and the differences with the server"): (
        "كل رقم استُخدم في هذه الوردية، والفروق مع الخادم"
    ),
    ("MainWindow", "Reconciliation"): "المطابقة",
    ("Reconciliation", "printed per the ledger; the server has no issuance of it yet"): (
        "مطبوع في السجل، ولا إصدار له لدى الخادم بعد"
    ),
    ("Reconciliation", "the server holds an issuance of this number; the ledger does not"): (
        "لدى الخادم إصدار بهذا الرقم، وليس في هذا السجل"
    ),
    (
        "Reconciliation",
        "the server holds an issuance of this number in no workstation's ledger",
    ): "لدى الخادم إصدار بهذا الرقم لا يرد في سجل أي محطة",
    ("Reconciliation", "the server holds this number on another request"): (
        "لدى الخادم هذا الرقم على معاملة أخرى"
    ),
    ("Reconciliation", "spoiled per the ledger, issued per the server"): (
        "تالف في السجل، ومُصدَر لدى الخادم"
    ),
    ("Reconciliation", "the server's issuance carries another tracking number"): (
        "إصدار الخادم يحمل رقم تتبع آخر"
    ),
    ("Reconciliation", "not yet in the server's copy of this workstation's audit log"): (
        "لم يصل بعد إلى نسخة الخادم من سجل تدقيق المحطة"
    ),
    ("Reconciliation", "the server's copy of the audit log says otherwise"): (
        "نسخة الخادم من سجل التدقيق تقول غير ذلك"
    ),
    ("Reconciliation", "prepared, not sent"): "مُعدّ ولم يُرسل للطابعة",
    ("Reconciliation", "being sent"): "قيد الإرسال للطابعة",
    ("Reconciliation", "sent, not settled"): "أُرسل للطابعة ولم يُسوَّ",
    ("Reconciliation", "printed"): "طُبع",
    ("Reconciliation", "reprinted"): "أُعيدت طباعته",
    ("Reconciliation", "spoiled"): "تالف",
    ("Reconciliation", "not known whether printed"): "لم يُعرف إن طُبع",
    ("NumbersModel", "Document number"): "رقم الوثيقة",
    ("NumbersModel", "Tracking number"): "رقم التتبع",
    ("NumbersModel", "Request"): "المعاملة",
    ("NumbersModel", "What became of it"): "ما آل إليه",
    ("NumbersModel", "Reason"): "السبب",
    ("NumbersModel", "Clerk"): "الموظف",
    ("DifferencesModel", "Document number"): "رقم الوثيقة",
    ("DifferencesModel", "Request"): "المعاملة",
    ("DifferencesModel", "Difference"): "الفرق",
    ("DifferencesModel", "On the other side"): "لدى الطرف الآخر",
    ("ReconciliationPanel", "Show"): "عرض",
    ("ReconciliationPanel", "Counter:"): "المحطة:",
    ("ReconciliationPanel", "Shift from"): "الوردية من",
    ("ReconciliationPanel", "to"): "إلى",
    ("ReconciliationPanel", "Save PDF…"): "حفظ PDF…",
    ("ReconciliationPanel", "Save CSV…"): "حفظ CSV…",
    ("ReconciliationPanel", "Print"): "طباعة",
    ("ReconciliationPanel", "Every number used"): "كل رقم مستخدم",
    ("ReconciliationPanel", "The end of the shift must come after its start."): (
        "يجب أن تأتي نهاية الوردية بعد بدايتها."
    ),
    ("ReconciliationPanel", "Reconciling…"): "جارٍ إعداد المطابقة…",
    (
        "ReconciliationPanel",
        "Counter %1: %2 printed, %3 reprinted, %4 spoiled, %5 not known whether printed; "
        "%6 sealed, %7 handed to the post, %8 kept for pickup.",
    ): (
        "المحطة %1: طُبع %2، وأُعيدت طباعة %3، وتلف %4، ولم يُعرف إن طُبع %5؛ "
        "وخُتم %6، وسُلّم للبريد %7، وحُفظ للاستلام %8."
    ),
    ("ReconciliationPanel", "From the central server's copy of the counter's audit log."): (
        "من نسخة الخادم المركزي لسجل تدقيق المحطة."
    ),
    ("ReconciliationPanel", "From this workstation's print ledger."): (
        "من سجل الطباعة في هذه المحطة."
    ),
    ("ReconciliationPanel", "Not compared with the central server: it cannot be reached."): (
        "لم تُقارن بالخادم المركزي: تعذّر الوصول إليه."
    ),
    ("ReconciliationPanel", "%n difference(s) with the central server"): (
        "لا فروق مع الخادم المركزي",
        "فرق واحد مع الخادم المركزي",
        "فرقان مع الخادم المركزي",
        "%n فروق مع الخادم المركزي",
        "%n فرقًا مع الخادم المركزي",
        "%n فرق مع الخادم المركزي",
    ),
    ("ReconciliationPanel", "No difference with the central server."): (
        "لا فرق مع الخادم المركزي."
    ),
    ("ReconciliationPanel", "Save the reconciliation"): "حفظ المطابقة",
    ("ReconciliationPanel", "PDF files (*.pdf)"): "ملفات PDF (*.pdf)",
    ("ReconciliationPanel", "CSV files (*.csv)"): "ملفات CSV (*.csv)",
    ("ReconciliationDialog", "Shift reconciliation"): "مطابقة الوردية",
    ("ReconciliationDialog", "Close"): "إغلاق",
    ("ReconciliationFlow", "Saved %1"): "حُفظ %1",
    ("ReconciliationFlow", "The reconciliation was sent to the printer."): (
        "أُرسلت مطابقة الوردية إلى الطابعة."
    ),
    # --- the supervisor's fees: the money view and the fee reconciliation ------------------
    ("DashboardPanel", "Fees"): "الرسوم",
    ("DashboardPanel", "Fee reconciliation"): "مطابقة الرسوم",
    ("CollectedModel", "Service"): "الخدمة",
    ("CollectedModel", "Channel"): "قناة الدفع",
    ("CollectedModel", "Fees"): "عدد الرسوم",
    ("CollectedModel", "Amount"): "المبلغ",
    ("MoneyPanel", "This shift (8 hours)"): "هذه الوردية (8 ساعات)",
    ("MoneyPanel", "Days"): "أيام",
    ("MoneyPanel", "From"): "من",
    ("MoneyPanel", "Show"): "عرض",
    ("MoneyPanel", "Export CSV…"): "تصدير CSV…",
    ("MoneyPanel", "CSV files (*.csv)"): "ملفات CSV (*.csv)",
    ("MoneyPanel", "Fees collected"): "الرسوم المحصّلة",
    ("MoneyPanel", "Refunds ordered"): "ردود أُمر بها",
    ("MoneyPanel", "Refunds executed"): "ردود نُفّذت",
    ("MoneyPanel", "The center's fees"): "رسوم المركز",
    (
        "MoneyPanel",
        "Fees collected by service and channel",
    ): "الرسوم المحصّلة حسب الخدمة وقناة الدفع",
    ("MoneyPanel", "The last day must not come before the first."): (
        "يجب ألا يسبق اليوم الأخير اليوم الأول."
    ),
    ("MoneyPanel", "Fetching the figures…"): "جارٍ جلب الأرقام…",
    ("MoneyPanel", "The center's fees from %1 to %2"): "رسوم المركز من %1 إلى %2",
    ("MoneyPanel", "%n fee(s)"): (
        "لا رسوم",
        "رسم واحد",
        "رسمان",
        "%n رسوم",
        "%n رسمًا",
        "%n رسم",
    ),
    ("MoneyPanel", "%n refund(s)"): (
        "لا ردود",
        "ردّ واحد",
        "ردّان",
        "%n ردود",
        "%n ردًّا",
        "%n ردّ",
    ),
    ("MoneyPanel", "Export the fees"): "تصدير الرسوم",
    ("PeriodEdit", "to"): "إلى",
    ("DifferencesModel", "Receipt reference"): "مرجع الإيصال",
    ("DifferencesModel", "Day"): "اليوم",
    ("DifferencesModel", "Here"): "عندنا",
    ("DifferencesModel", "In the settlement"): "في التسوية",
    ("FeeReconciliation", "paid here but not settled"): "مدفوع عندنا ولم يُسوَّ",
    ("FeeReconciliation", "settled but unknown here"): "مسوّى وغير معروف عندنا",
    ("FeeReconciliation", "amounts differ"): "المبلغان مختلفان",
    ("FeeReconciliation", "The file is larger than a settlement can be (%1 bytes)."): (
        "الملف أكبر من أن يكون ملف تسوية (%1 بايت)."
    ),
    (
        "FeeReconciliation",
        "Line %1 is not UTF-8 text. Ask the gateway for the settlement as CSV in UTF-8.",
    ): "السطر %1 ليس نصًّا بترميز UTF-8. اطلب من بوابة الدفع ملف التسوية بصيغة CSV وترميز UTF-8.",
    (
        "FeeReconciliation",
        "The first line is not a settlement's: it must be reference,amount,channel,date.",
    ): "السطر الأول ليس سطر عناوين ملف تسوية: يجب أن يكون reference,amount,channel,date.",
    (
        "FeeReconciliation",
        "Line %1 is not a settlement line: a reference, an amount in whole pounds, a "
        "channel and a date (YYYY-MM-DD).",
    ): ("السطر %1 ليس سطر تسوية: مرجع، ومبلغ بالليرات الصحيحة، وقناة دفع، وتاريخ (YYYY-MM-DD)."),
    ("FeeReconciliation", "The file has more than %1 lines."): "في الملف أكثر من %1 سطر.",
    ("FeeReconciliation", "The file speaks of more than %1 days."): (
        "يتناول الملف أكثر من %1 يومًا."
    ),
    ("FeeReconciliation", "The settlement was not read: %1"): "لم يُقرأ ملف التسوية: %1",
    ("FeeReconciliation", "The file could not be read (%1)."): "تعذّرت قراءة الملف (%1).",
    ("FeeReconciliationPanel", "Open the settlement file…"): "فتح ملف التسوية…",
    ("FeeReconciliationPanel", "Fetch from the training gateway"): "جلبه من بوابة التدريب",
    (
        "FeeReconciliationPanel",
        "The training server's gateway simulator gives the day's settlement.",
    ): ("محاكي بوابة الدفع في خادم التدريب يعطي تسوية اليوم."),
    ("FeeReconciliationPanel", "Settlement of the day"): "تسوية يوم",
    ("FeeReconciliationPanel", "Open the gateway's settlement file of a day."): (
        "افتح ملف التسوية الذي أرسلته بوابة الدفع عن يوم."
    ),
    (
        "FeeReconciliationPanel",
        "%1, settlement of %2.\nHere: %3 lines, net %4 (refunds %5).\n"
        "In the settlement: %6 lines, net %7 (refunds %8).",
    ): (
        "%1، تسوية %2.\nعندنا: عدد الأسطر %3، الصافي %4 (المردود %5).\n"
        "في التسوية: عدد الأسطر %6، الصافي %7 (المردود %8)."
    ),
    ("FeeReconciliationPanel", "%n line(s) of other centers in the settlement left out."): (
        "لم يُترك أي سطر لمراكز أخرى في التسوية.",
        "تُرك سطر واحد لمركز آخر في التسوية خارج المطابقة.",
        "تُرك سطران لمراكز أخرى في التسوية خارج المطابقة.",
        "تُركت %n أسطر لمراكز أخرى في التسوية خارج المطابقة.",
        "تُرك %n سطرًا لمراكز أخرى في التسوية خارج المطابقة.",
        "تُرك %n سطر لمراكز أخرى في التسوية خارج المطابقة.",
    ),
    ("FeeReconciliationPanel", "%n difference(s): "): (
        "لا فروق: ",
        "فرق واحد: ",
        "فرقان: ",
        "%n فروق: ",
        "%n فرقًا: ",
        "%n فرق: ",
    ),
    ("FeeReconciliationPanel", "; "): "؛ ",
    ("FeeReconciliationPanel", "%1: %2"): "%1: %2",
    ("FeeReconciliationPanel", "The settlement less ours: %1"): "التسوية ناقص ما عندنا: %1",
    ("FeeReconciliationPanel", "No difference: every line matches."): (
        "لا فرق: كل الأسطر متطابقة."
    ),
    ("FeeReconciliationPanel", "The gateway's settlement file"): "ملف التسوية من بوابة الدفع",
    ("FeeReconciliationPanel", "CSV files (*.csv);;All files (*)"): (
        "ملفات CSV (*.csv);;كل الملفات (*)"
    ),
    ("SupervisorTabs", "The training gateway"): "بوابة التدريب",
}
