"""The Arabic of every interface message, keyed by (lupdate context, English source text).

Data only: ``scripts/fill_translations_ar.py`` writes it into the .ts catalogue. A new
string in ui/ (or a core message marked with ``QT_TRANSLATE_NOOP``) needs its entry here;
plural ``%n`` messages take Arabic's six forms.
"""

from __future__ import annotations

# Qt's Arabic plural rule, in the order of the numerus forms: n == 0, n == 1, n == 2,
# n % 100 in 3..10, n % 100 in 11..99, the rest (100, 101, 102, ...).
ARABIC_PLURAL_FORMS = 6

Plural = tuple[str, str, str, str, str, str]
AR: dict[tuple[str, str], str | Plural] = {
    # --- main actions (menus, toolbar, tips); no "&" accelerators in Arabic -------------
    ("Actions", "&Refresh requests"): "تحديث المعاملات",
    ("Actions", "Fetch new and changed requests"): "جلب المعاملات الجديدة والمعدَّلة",
    ("Actions", "&Find request"): "البحث عن معاملة",
    ("Actions", "Search by request or national number"): "البحث برقم المعاملة أو بالرقم الوطني",
    ("Actions", "&Accept"): "قبول",
    ("Actions", "Accept the request and prepare printing"): "قبول المعاملة وتجهيزها للطباعة",
    ("Actions", "Re&ject…"): "رفض…",
    ("Actions", "Reject the request with a stated reason"): "رفض المعاملة مع توضيح السبب",
    ("Actions", "&Print…"): "طباعة…",
    ("Actions", "Print the document and envelope"): "طباعة الوثيقة وظرف المعاملة",
    ("Actions", "A&ttachments…"): "المرفقات…",
    ("Actions", "Show the papers the citizen attached to the request"): (
        "عرض الأوراق التي أرفقها المواطن بالمعاملة"
    ),
    ("Paper", "copy of the identity card"): "صورة البطاقة الشخصية",
    ("Paper", "page of the family booklet"): "صورة صفحة من دفتر العائلة",
    ("Paper", "power of attorney"): "وكالة",
    ("Paper", "other paper"): "ورقة أخرى",
    ("Size", "%1 KB"): "%1 كيلوبايت",
    ("Size", "%1 MB"): "%1 ميغابايت",
    # --- after the counter: the post's events, the citizen's messages, the phone ----------
    ("PostEvent", "accepted at the post office"): "استلمها مكتب البريد",
    ("PostEvent", "in transit"): "في الطريق",
    ("PostEvent", "out for delivery"): "خرجت مع موزّع البريد",
    ("PostEvent", "delivered by the post"): "سلّمها البريد إلى المرسَل إليه",
    ("PostEvent", "undeliverable"): "تعذّر على البريد تسليمها",
    ("PostEvent", "address not found"): "العنوان غير موجود",
    ("PostEvent", "the addressee refused it"): "رفض المرسَل إليه استلامها",
    ("PostEvent", "not collected within the post's period"): "لم تُستلم خلال مهلة البريد",
    ("PostEvent", ": "): ": ",
    ("PostEvent", " (%1)"): " (%1)",
    ("PostEvent", " — contradicts the post's earlier word, not applied"): (
        " — تخالف ما قاله البريد قبلها، لم يُعمل بها"
    ),
    ("PostEvent", "the post"): "البريد",
    ("CitizenMessage", "request rejected"): "رفض الطلب",
    ("CitizenMessage", "ready for pickup"): "جاهزة للاستلام",
    ("CitizenMessage", "handed to the post"): "أُرسلت بالبريد",
    ("CitizenMessage", "returned to the center"): "أعادها البريد إلى المركز",
    ("CitizenMessage", "waiting to be sent"): "بانتظار الإرسال",
    ("CitizenMessage", "being sent"): "قيد الإرسال",
    ("CitizenMessage", "sent, no report yet"): "أُرسلت، لم يصل تقرير التسليم بعد",
    ("CitizenMessage", "delivered"): "وصلت",
    ("CitizenMessage", "not delivered"): "لم تصل",
    ("CitizenMessage", "no mobile number given"): "لم يُعطَ رقم جوال",
    ("CitizenMessagesDialog", "Messages to the citizen — %1"): "الرسائل إلى المواطن — %1",
    ("CitizenMessagesDialog", "Message"): "الرسالة",
    ("CitizenMessagesDialog", "Queued"): "أُعدّت",
    ("CitizenMessagesDialog", "Sent"): "أُرسلت",
    ("CitizenMessagesDialog", "Segments"): "الأجزاء",
    ("CitizenMessagesDialog", "Delivery report"): "تقرير التسليم",
    ("CitizenMessagesDialog", "Nothing was sent to the citizen about this request."): (
        "لم يُرسل شيء إلى المواطن بشأن هذه المعاملة."
    ),
    ("CitizenMessagesDialog", "What the citizen read:"): "ما قرأه المواطن:",
    ("RequestPanel", "Phone"): "الهاتف",
    ("Dashboard", "Now, by state: %1"): "المعاملات الآن بحسب الحالة: %1",
    ("RequestPanel", "Messages to the citizen (%1)…"): "الرسائل إلى المواطن (%1)…",
    ("RequestPanel", "The post's events could not be asked: offline."): (
        "تعذّر السؤال عن أحداث البريد: لا اتصال بالخادم."
    ),
    ("RequestPanel", "Attachments"): "المرفقات",
    ("PaperLinks", "none"): "لا يوجد",
    ("PaperLinks", "not here yet"): "لم تصل بعد",
    ("PaperLinks", "could not be checked; tried again at the next pull"): (
        "تعذَّر التحقق منها؛ تُجلب مجدداً مع التحديث التالي"
    ),
    ("AttachmentsDialog", "Attachments of %1"): "مرفقات المعاملة %1",
    ("AttachmentsDialog", "Opening…"): "جارٍ الفتح…",
    ("AttachmentsDialog", "This picture cannot be shown."): "لا يمكن عرض هذه الصورة.",
    ("OpenRequest", "The citizen attached no papers."): "لم يرفق المواطن أي أوراق.",
    ("MainWindow", "&Request"): "المعاملة",
    ("MainWindow", "&Sync"): "المزامنة",
    ("MainWindow", "&Desk"): "المحطة",
    ("RejectionsModel", "not looked at yet"): "لم يُدقَّق بعد",
    ("RejectionsModel", "concern raised by %1"): "ملاحظة من %1",
    ("RejectionsModel", "no concern (%1)"): "لا ملاحظات (%1)",
    ("RejectionsModel", "Second look"): "التدقيق الثاني",
    ("RejectionsModel", "Concern"): "الملاحظة",
    ("ReviewPanel", "What %1 saw on %2 when accepting"): "ما رآه %1 في %2 عند القبول",
    ("ClerksModel", "Concerns / second looks"): "ملاحظات / تدقيقات ثانية",
    ("NoticesBanner", "Open the request"): "فتح المعاملة",
    ("NoticesBanner", "Seen"): "اطّلعت",
    ("NoticesBanner", "%1 overturned your rejection of %2: the request is back in your queue."): (
        "ألغى %1 رفضك للمعاملة %2: عادت المعاملة إلى قائمة عملك."
    ),
    ("NoticesBanner", "%1 raised a concern about your acceptance of %2."): (
        "أبدى %1 ملاحظة على قبولك للمعاملة %2."
    ),
    ("NoticesBanner", "Note: %1"): "الملاحظة: %1",
    ("NoticesBanner", "(%1 of %2)"): "(%1 من %2)",
    (
        "Rules",
        "attachment {attachment_id} has not reached this workstation yet: "
        "it is fetched with the next pull from the central server",
    ): "المرفق {attachment_id} لم يصل إلى هذه المحطة بعد: يُجلب مع التحديث التالي من الخادم المركزي",
    ("Actions", "Refresh re&jections"): "تحديث المعاملات المرفوضة",
    ("Actions", "Fetch the rejections awaiting review"): "جلب المعاملات المرفوضة بانتظار المراجعة",
    ("Actions", "&Quit"): "خروج",
    ("Actions", "Close Clerk Desk"): "إغلاق مكتب الموظف",
    # --- what was done to a request (its history) --------------------------------------
    ("Action", "opened and claimed"): "فُتحت وحُجزت للموظف",
    ("Action", "civil-registry record fetched"): "استُخرج القيد من السجل المدني",
    ("Action", "accepted"): "قُبلت",
    ("Action", "rejected"): "رُفضت",
    ("Action", "printed"): "طُبعت",
    ("Action", "printed again"): "أُعيدت طباعتها",
    ("Action", "rejection upheld"): "ثُبّت الرفض",
    ("Action", "rejection overturned"): "أُلغي الرفض",
    # --- preferences ---------------------------------------------------------------------
    ("Actions", "Pre&ferences…"): "الإعدادات…",
    ("Actions", "Change this workstation's settings"): "تعديل إعدادات محطة العمل هذه",
    ("PreferencesDialog", "Preferences"): "الإعدادات",
    (
        "PreferencesDialog",
        "A new language or server applies from the next start.",
    ): "تُطبَّق اللغة أو عنوان الخادم الجديدان عند التشغيل التالي.",
    ("PreferencesDialog", "The settings could not be saved: %1"): "تعذّر حفظ الإعدادات: %1",
    ("Settings", "Address of the central server"): "عنوان الخادم المركزي",
    ("Settings", "The settings cannot be read"): "تعذّرت قراءة الإعدادات",
    (
        "Rules",
        "the workstation's store {path} was deleted or replaced while Clerk Desk ran: nothing "
        "more is recorded or printed here. Close Clerk Desk; at the next start a shift "
        "supervisor recovers this workstation",
    ): (
        "حُذف مخزن المحطة {path} أو استُبدل أثناء عمل البرنامج: لا يُسجَّل ولا يُطبع هنا شيء "
        "بعد الآن. أغلق البرنامج؛ وعند تشغيله من جديد يستعيد مشرف الوردية هذه المحطة"
    ),
    ("QueueModel", "%1 d %2 h"): "%1 ي %2 س",
    ("QueueModel", "%1 h %2 min"): "%1 س %2 د",
    ("QueueModel", "%1 min"): "%1 د",
    (
        "Settings",
        "The settings file %1 cannot be read, so the server's address, the printer "
        "and the tracking range it holds are unknown.",
    ): (
        "تعذّرت قراءة ملف الإعدادات %1، فعنوان الخادم والطابعة ومجال أرقام التتبع "
        "المحفوظة فيه غير معروفة."
    ),
    (
        "Settings",
        "Start with the default settings? A copy of the file is kept beside it for "
        "the center's technician. Or close and ask the technician first.",
    ): (
        "هل تبدأ بالإعدادات الافتراضية؟ تُحفظ نسخة من الملف بجانبه لفنّي المركز. "
        "أو أغلق البرنامج واسأل الفنّي أولًا."
    ),
    ("Settings", "Keep a copy and start with defaults"): "احفظ نسخة وابدأ بالإعدادات الافتراضية",
    ("Settings", "Close without starting"): "أغلق دون البدء",
    (
        "Settings",
        "A certificate authority file to trust for the central server (empty: the system's)",
    ): "ملف جهة التصديق الموثوقة للخادم المركزي (فارغ: شهادات النظام)",
    (
        "Settings",
        "This counter's short name, printed in document numbers",
    ): "الاسم المختصر لهذه النافذة، يُطبع في أرقام الوثائق",
    ("Settings", "Language of the interface"): "لغة الواجهة",
    ("Settings", "Seconds between pulls of new requests"): "الثواني بين كل جلبٍ للمعاملات الجديدة",
    ("Settings", "Envelope size"): "قياس الظرف",
    (
        "Settings",
        "Two-letter UPU service indicator for registered post",
    ): "رمز خدمة البريد المسجل (حرفان وفق الاتحاد البريدي العالمي)",
    (
        "Settings",
        "Minutes a fast-service request may wait before it is marked late",
    ): "الدقائق المسموح بها لمعاملة الخدمات السريعة قبل اعتبارها متأخرة",
    (
        "Settings",
        "Minutes a slow-service request may wait before it is marked late",
    ): "الدقائق المسموح بها لمعاملة الخدمات البطيئة قبل اعتبارها متأخرة",
    ("ReviewPanel", "No comparison was kept with this decision."): "لم تُحفظ مقارنة مع هذا القرار.",
    (
        "ReviewPanel",
        "What %1 saw on %2, and the reason given: %3",
    ): "ما رآه %1 بتاريخ %2، والسبب المذكور: %3",
    (
        "MainWindow",
        "Your session has expired. Log in again to go on.",
    ): "انتهت صلاحية الجلسة. سجّل الدخول من جديد للمتابعة.",
    (
        "PreviewDialog",
        "Not printed: %1 The request can be printed again.",
    ): "لم تتم الطباعة: %1 يمكن طباعة المعاملة مرة أخرى.",
    (
        "Settings",
        "Printer for documents and envelopes (empty: the default)",
    ): "الطابعة المستخدمة للوثائق والظروف (فارغ: الطابعة الافتراضية)",
    # --- the idle lock -------------------------------------------------------------------
    ("Actions", "&Lock"): "قفل",
    (
        "Actions",
        "Hide the desk until your password is typed again",
    ): "إخفاء المكتب حتى تُدخل كلمة المرور من جديد",
    ("LockScreen", "The desk is locked"): "المكتب مقفل",
    ("LockScreen", "Unlock"): "فتح القفل",
    ("LockScreen", "Only %1 can unlock it."): "لا يفتحه إلا %1.",
    ("LockScreen", "That is not the password."): "كلمة المرور غير صحيحة.",
    (
        "Settings",
        "Minutes without input before the window locks",
    ): "الدقائق دون استخدام قبل قفل النافذة",
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
    # --- through to the post ---------------------------------------------------------------
    (
        "DispatchPanel",
        "Scan a sealed envelope (request or tracking number)",
    ): "امسح ظرفًا مختومًا (رقم المعاملة أو رقم التتبع)",
    ("DispatchPanel", "Remove the selected envelope"): "إزالة الظرف المحدد",
    ("DispatchPanel", "Prepare and print the manifest"): "إعداد بيان الإرسال وطباعته",
    ("DispatchPanel", "Courier's name (Syrian Post)"): "اسم المندوب (المؤسسة السورية للبريد)",
    ("DispatchPanel", "Handed over to the courier"): "سُلِّمت إلى المندوب",
    ("DispatchPanel", "Dispatch to the post"): "الإرسال إلى البريد",
    ("DispatchPanel", "This shift"): "هذه الوردية",
    ("DispatchPanel", "Print the shift's unsealed envelopes"): "طباعة ظروف الوردية غير المختومة",
    ("DispatchPanel", "Print the shift's reconciliation"): "طباعة مطابقة الوردية",
    ("DispatchPanel", "Added %1."): "أُضيفت %1.",
    (
        "DispatchPanel",
        "Manifest %1 printed: hand the envelopes and the signed manifest to the courier.",
    ): "طُبع بيان الإرسال %1: سلّم الظروف والبيان الموقَّع إلى المندوب.",
    ("DispatchPanel", "Write the courier's name."): "اكتب اسم المندوب.",
    ("DispatchPanel", "%n envelope(s) handed to the post."): (
        "لم يُسلَّم أي ظرف إلى البريد.",
        "سُلِّم ظرف واحد إلى البريد.",
        "سُلِّم ظرفان إلى البريد.",
        "سُلِّمت %n ظروف إلى البريد.",
        "سُلِّم %n ظرفًا إلى البريد.",
        "سُلِّم %n ظرف إلى البريد.",
    ),
    ("DispatchPanel", "%n envelope(s) scanned"): (
        "لا ظروف ممسوحة",
        "ظرف واحد ممسوح",
        "ظرفان ممسوحان",
        "%n ظروف ممسوحة",
        "%n ظرفًا ممسوحًا",
        "%n ظرف ممسوح",
    ),
    ("MainWindow", "Dispatch"): "الإرسال",
    ("MainWindow", "Print again"): "إعادة الطباعة",
    ("MainWindow", "Why is this printed again?"): "ما سبب إعادة الطباعة؟",
    ("PostTab", "%n envelope(s) sent to the printer as one job."): (
        "لم يُرسل أي ظرف إلى الطابعة.",
        "أُرسل ظرف واحد إلى الطابعة.",
        "أُرسل ظرفان إلى الطابعة في مهمة واحدة.",
        "أُرسلت %n ظروف إلى الطابعة في مهمة واحدة.",
        "أُرسل %n ظرفًا إلى الطابعة في مهمة واحدة.",
        "أُرسل %n ظرف إلى الطابعة في مهمة واحدة.",
    ),
    ("PostTab", "The reconciliation was printed (%1)."): "طُبعت مطابقة الوردية (%1).",
    ("RequestPanel", "Print again…"): "إعادة الطباعة…",
    ("RequestPanel", "Envelope sealed"): "خُتم الظرف",
    ("RequestPanel", "Keep for pickup"): "حفظه للاستلام في المركز",
    ("RequestPanel", "Print…"): "طباعة…",
    ("ScannedModel", "Tracking number"): "رقم التتبع",
    ("ScannedModel", "City"): "المدينة",
    ("Withdrawals", "%n request(s) withdrawn by the central server"): (
        "لم يسحب الخادم المركزي أي معاملة",
        "سحب الخادم المركزي معاملة واحدة",
        "سحب الخادم المركزي معاملتين",
        "سحب الخادم المركزي %n معاملات",
        "سحب الخادم المركزي %n معاملة",
        "سحب الخادم المركزي %n معاملة",
    ),
    # --- the citizen's fee at the counter (issue 12) ------------------------------------
    (
        "Withdrawals",
        "%n request(s) withdrawn: the payment gateway reversed the citizen's payment of the fee",
    ): (
        "لم تُسحب أي معاملة",
        "سُحبت معاملة واحدة: ألغت بوابة الدفع دفعة المواطن لرسمها",
        "سُحبت معاملتان: ألغت بوابة الدفع دفعة المواطن لرسمهما",
        "سُحبت %n معاملات: ألغت بوابة الدفع دفعات المواطنين لرسومها",
        "سُحبت %n معاملة: ألغت بوابة الدفع دفعات المواطنين لرسومها",
        "سُحبت %n معاملة: ألغت بوابة الدفع دفعات المواطنين لرسومها",
    ),
    ("Withdrawals", "; "): "؛ ",
    ("Channel", "portal e-payment"): "الدفع الإلكتروني عبر البوابة",
    ("Channel", "Syriatel Cash"): "سيريتل كاش",
    ("Channel", "MTN Cash"): "MTN كاش",
    ("PaymentState", "paid"): "مدفوع",
    ("PaymentState", "refund ordered"): "أُمر بردّ الرسم",
    ("PaymentState", "refunded"): "رُدّ الرسم",
    ("PaymentState", "reversed by the gateway"): "ألغت بوابة الدفع الدفعة",
    ("Fee", "%1 SYP"): "%1 ل.س",
    ("Fee", "Fee: no payment known (the server sent none)"): (
        "الرسم: لا دفعة معروفة (لم يرسلها الخادم)"
    ),
    ("Fee", "The request cannot be accepted: its fee is not paid."): (
        "لا يمكن قبول المعاملة: رسمها غير مدفوع."
    ),
    ("Fee", "Fee %1 — %2 — %3"): "الرسم %1 — %2 — %3",
    ("Fee", "receipt %1 — paid %2"): "الإيصال %1 — دُفع في %2",
    ("QueueView", "How the citizen paid the fee"): "الطريقة التي دفع بها المواطن الرسم",
    ("QueueView", "Every channel"): "كل طرق الدفع",
    ("RejectDialog", "The fee"): "رسم المعاملة",
    ("RejectDialog", "Not refunded: the citizen's %1 stay paid."): (
        "لا يُردّ: يبقى ما دفعه المواطن (%1) للخزينة."
    ),
    ("RejectDialog", "Refunded whole: %1 back to the citizen."): (
        "يُردّ كاملًا: %1 تعود إلى المواطن."
    ),
    ("RejectDialog", "Refunded in part (%1%): %2 of %3 back to the citizen."): (
        "يُردّ جزء منه (%1٪): %2 من %3 تعود إلى المواطن."
    ),
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
    # --- the rules, as the core states them (clerk_desk/, printing/renderer.py) -------------
    ("Rules", "national number must be text"): "يجب أن يكون الرقم الوطني نصًا",
    ("Rules", "national number is empty"): "الرقم الوطني فارغ",
    ("Rules", "national number must contain digits only"): "يجب أن يتكون الرقم الوطني من أرقام فقط",
    (
        "Rules",
        "national number must have {length} digits, not {count}",
    ): "يجب أن يتكون الرقم الوطني من {length} رقمًا، لا من {count}",
    (
        "Rules",
        "request {request_id} is not on this workstation",
    ): "المعاملة {request_id} غير موجودة على هذه المحطة",
    ("Rules", "the civil-registry record has not been fetched"): "لم يُستخرج قيد السجل المدني بعد",
    (
        "Rules",
        "the submitted data does not match the registry; reject it",
    ): "البيانات المقدَّمة لا تطابق السجل المدني؛ ارفض المعاملة",
    (
        "Rules",
        "confirm each spelling variant before accepting: {names}",
    ): "أكِّد كل اختلاف إملائي قبل القبول: {names}",
    ("Rules", "choose a rejection reason from the catalogue"): "اختر سبب الرفض من القائمة",
    ("Rules", "state the reason the citizen will read"): "اكتب السبب الذي سيقرؤه المواطن",
    (
        "Rules",
        "the tracking-number range of this workstation is used up",
    ): "نفد مجال أرقام التتبع المخصص لهذه المحطة",
    (
        "Rules",
        "this request was already printed; state why it is printed again",
    ): "سبقت طباعة هذه المعاملة؛ اذكر سبب إعادة طباعتها",
    ("Rules", "only an accepted request can be printed"): "لا تُطبع إلا المعاملة المقبولة",
    (
        "Rules",
        "a review either upholds or overturns the rejection",
    ): "المراجعة إما تثبيت للرفض أو إلغاء له",
    (
        "Rules",
        "say why the rejection is overturned; the clerk reads it",
    ): "اذكر سبب إلغاء الرفض؛ سيقرؤه الموظف",
    (
        "Rules",
        "request {request_id} is {status}: only a printed envelope can be sealed",
    ): "المعاملة {request_id} {status}: لا يُختم إلا ظرف مطبوع",
    (
        "Rules",
        "request {request_id} goes by post: scan it into a dispatch, do not shelve it",
    ): "المعاملة {request_id} تُرسل بالبريد: امسحها ضمن بيان إرسال، ولا تحفظها للاستلام",
    (
        "Rules",
        "request {request_id} is {status}: seal the envelope before shelving it",
    ): "المعاملة {request_id} {status}: اختم الظرف قبل حفظه للاستلام",
    (
        "Rules",
        "an empty scan: scan the envelope's barcode again",
    ): "مسح فارغ: امسح رمز الظرف من جديد",
    ("Rules", "{scanned}: {problem}"): "{scanned}: {problem}",
    (
        "Rules",
        "{tracking}: no envelope with this tracking number here",
    ): "{tracking}: لا يوجد هنا ظرف بهذا الرقم",
    (
        "Rules",
        "{tracking}: envelope of {request_id} reprinted: dispatch the new one ({new})",
    ): "{tracking}: أُعيدت طباعة ظرف المعاملة {request_id}: أرسل الظرف الجديد ({new})",
    (
        "Rules",
        "{scanned} is neither a request number nor a tracking number",
    ): "{scanned} ليس رقم معاملة ولا رقم تتبع",
    (
        "Rules",
        "request {request_id} is already in this dispatch",
    ): "المعاملة {request_id} موجودة في بيان الإرسال هذا",
    (
        "Rules",
        "request {request_id} is for pickup at the center: keep it, do not post it",
    ): "المعاملة {request_id} تُستلم من المركز: احفظها ولا ترسلها بالبريد",
    (
        "Rules",
        "request {request_id} is {status}: seal the envelope first",
    ): "المعاملة {request_id} {status}: اختم الظرف أولًا",
    (
        "Rules",
        "request {request_id} is {status}: it has already been handed to the post",
    ): "المعاملة {request_id} {status}: سبق تسليمها إلى البريد",
    (
        "Rules",
        "request {request_id} is {status}: only sealed envelopes are dispatched",
    ): "المعاملة {request_id} {status}: لا تُرسل إلا الظروف المختومة",
    (
        "Rules",
        "scan at least one sealed envelope into the dispatch",
    ): "امسح ظرفًا مختومًا واحدًا على الأقل في بيان الإرسال",
    (
        "Rules",
        "dispatch {batch_id} is not on this workstation",
    ): "بيان الإرسال {batch_id} غير موجود على هذه المحطة",
    (
        "Rules",
        "write the name of the courier who takes the envelopes",
    ): "اكتب اسم المندوب الذي يستلم الظروف",
    ("Rules", "the courier's name is too long"): "اسم المندوب طويل جدًا",
    ("Rules", "dispatch {batch_id} was already handed over"): "سبق تسليم بيان الإرسال {batch_id}",
    ("Rules", "dispatch {batch_id} is empty"): "بيان الإرسال {batch_id} فارغ",
    (
        "Rules",
        "request {request_id} is {status}, no longer sealed: scan the batch again",
    ): "المعاملة {request_id} {status} ولم تعد مختومة: امسح الدفعة من جديد",
    (
        "Rules",
        "the issuing body's document is not a PDF: it cannot be printed",
    ): "وثيقة الجهة المصدرة ليست ملف PDF: لا يمكن طباعتها",
    (
        "Rules",
        "the issuing body's document cannot be read: it cannot be printed",
    ): "تعذّرت قراءة وثيقة الجهة المصدرة: لا يمكن طباعتها",
    (
        "Rules",
        "the issuing body's document has no pages: it cannot be printed",
    ): "وثيقة الجهة المصدرة بلا صفحات: لا يمكن طباعتها",
    (
        "Rules",
        "the civil-registry record of this request is missing",
    ): "قيد السجل المدني لهذه المعاملة غير موجود",
    (
        "Rules",
        "{body} has not sent its document for request {request_id} yet",
    ): "لم ترسل {body} وثيقتها للمعاملة {request_id} بعد",
    (
        "Rules",
        "request {request_id} is a fast service: its document is made here",
    ): "المعاملة {request_id} خدمة سريعة: وثيقتها تُصدر هنا",
    ("Rules", "nobody is logged in"): "لم يسجّل أحد الدخول",
    ("Action", "envelope sealed"): "خُتم الظرف",
    ("Action", "kept for pickup"): "حُفظت للاستلام",
    ("Action", "dispatch manifest prepared"): "أُعدّ بيان الإرسال",
    ("Action", "handed to the post"): "سُلِّمت إلى البريد",
    ("Action", "handed back"): "أُعيدت إلى الانتظار",
    ("Action", "second look: no concern"): "تدقيق ثانٍ: لا ملاحظات",
    ("Action", "second look: concern raised"): "تدقيق ثانٍ: سُجّلت ملاحظة",
    (
        "ReviewPanel",
        "History, from every counter's audit log",
    ): "السجل، من سجلات التدقيق في كل النوافذ",
    (
        "Rules",
        "offline: the civil-registry record cannot be fetched now",
    ): "غير متصل: يتعذّر استخراج قيد السجل المدني الآن",
    # --- the central server's refusals, and the link's failures (clerk_desk/refusals.py) ---
    ("Role", "clerk"): "موظف",
    ("Role", "supervisor"): "مشرف",
    ("Rules", "claim a request"): "حجز معاملة",
    ("Rules", "decide a request"): "البتّ في معاملة",
    ("Rules", "record an issuance"): "تسجيل إصدار وثيقة",
    ("Rules", "seal an envelope"): "ختم ظرف",
    ("Rules", "shelve an envelope for pickup"): "حفظ ظرف للاستلام من المركز",
    ("Rules", "hand envelopes to the post"): "تسليم الظروف إلى البريد",
    ("Rules", "review rejections"): "مراجعة المعاملات المرفوضة",
    ("Rules", "see the center's dashboard"): "الاطلاع على لوحة متابعة المركز",
    ("Rules", "check acceptances"): "تدقيق المعاملات المقبولة",
    ("Rules", "unlock an account"): "فكّ قفل حساب",
    ("Rules", "see the center's log-in events"): "الاطلاع على أحداث الدخول في المركز",
    (
        "Rules",
        "only a {role} may {action}; you are a {your_role}",
    ): "لا يحق {action} إلا لمستخدم بصفة {role}؛ وصفتك {your_role}",
    (
        "Rules",
        "the central server refused this: {detail}",
    ): "رفض الخادم المركزي هذا الإجراء: {detail}",
    (
        "Rules",
        "log in first: this call needs a bearer token",
    ): "سجّل الدخول أولًا: يتطلب هذا الإجراء جلسة دخول",
    ("Rules", "unknown token: log in again"): "الجلسة غير معروفة: سجّل الدخول من جديد",
    ("Rules", "the session has expired: log in again"): "انتهت صلاحية الجلسة: سجّل الدخول من جديد",
    ("Rules", "this account is disabled"): "هذا الحساب معطَّل",
    ("Rules", "wrong user name or password"): "اسم المستخدم أو كلمة المرور غير صحيحة",
    ("Rules", "the session was left unused for too long: log in again"): (
        "بقيت الجلسة دون استخدام مدة طويلة: سجّل الدخول من جديد"
    ),
    ("Rules", "the session was ended (logged out, or the password changed): log in again"): (
        "أُنهيت الجلسة (بتسجيل الخروج أو بتغيير كلمة المرور): سجّل الدخول من جديد"
    ),
    ("Rules", "too many failed log-ins: wait {seconds} seconds before trying again"): (
        "محاولات دخول فاشلة كثيرة: انتظر {seconds} ثانية قبل المحاولة من جديد"
    ),
    (
        "Rules",
        "this account is locked after too many failed log-ins: a shift supervisor of its "
        "center can unlock it",
    ): "قُفل هذا الحساب بعد محاولات دخول فاشلة كثيرة: يستطيع مشرف الوردية في مركزه فكّ قفله",
    ("Rules", "the current password is not right"): "كلمة المرور الحالية غير صحيحة",
    ("Rules", "the new password needs at least {min} characters"): (
        "يجب ألا تقل كلمة المرور الجديدة عن {min} محرفًا"
    ),
    ("Rules", "the new password is the same as the current one"): (
        "كلمة المرور الجديدة مطابقة للحالية"
    ),
    ("Rules", "no user {username}"): "لا يوجد مستخدم باسم {username}",
    ("Rules", "user {username} belongs to another center, not to yours"): (
        "المستخدم {username} يتبع مركزًا آخر لا مركزك"
    ),
    ("Rules", "the account {username} is not locked"): "الحساب {username} غير مقفل",
    (
        "Rules",
        "request {request_id} belongs to center {center}, not to your center {your_center}",
    ): "المعاملة {request_id} تتبع المركز {center}، لا مركزك {your_center}",
    (
        "Rules",
        "a clerk sees only their own workstation's ledger, not that of {workstation}",
    ): "لا يرى الموظف إلا سجل طباعة محطته، لا سجل المحطة {workstation}",
    (
        "Rules",
        "log in with this workstation's name to send its audit log",
    ): "سجّل الدخول باسم هذه المحطة لإرسال سجل التدقيق الخاص بها",
    ("Rules", "no request {request_id}"): "لا توجد معاملة برقم {request_id}",
    ("Rules", "request {request_id} has no attachment {attachment_id}"): (
        "لا يوجد مرفق برقم {attachment_id} في المعاملة {request_id}"
    ),
    ("Rules", "you have no notice {notice_id}"): "لا يوجد لديك إشعار برقم {notice_id}",
    ("Rules", "hand an envelope to the citizen"): "تسليم ظرف إلى المواطن",
    ("Rules", "request {request_id} is {status}: it is not on the pickup shelf"): (
        "المعاملة {request_id} {status}: ليست في رف الاستلام"
    ),
    (
        "Rules",
        "this call is for the post's tracking feed or the SMS gateway: "
        "their key is missing or wrong",
    ): "هذا الطلب مخصص لتغذية تتبّع البريد أو لبوابة الرسائل القصيرة: مفتاحهما مفقود أو خاطئ",
    ("Rules", "the post's event {event_id} was already received with other content"): (
        "وصل حدث البريد {event_id} من قبل بمحتوى آخر"
    ),
    (
        "Rules",
        "the SMS gateway reported on message {gateway_id}, which was not sent from here",
    ): "أبلغت بوابة الرسائل القصيرة عن الرسالة {gateway_id}، ولم تُرسل من هنا",
    ("Rules", "the envelope of request {request_id} was already handed over"): (
        "سبق تسليم ظرف المعاملة {request_id}"
    ),
    ("Rules", "write the name of the person who receives the envelope"): ("اكتب اسم مستلم الظرف"),
    ("Action", "handed to the citizen"): "سُلِّمت إلى المواطن",
    ("RequestPanel", "Handed to the citizen…"): "التسليم إلى المواطن…",
    ("RequestSteps", "Hand the envelope over"): "تسليم الظرف",
    ("RequestSteps", "Name of the person receiving it, as on their identity document:"): (
        "اسم المستلم كما في وثيقته الشخصية:"
    ),
    ("DashboardPanel", "Handed to citizens"): "سُلِّمت للمواطنين",
    ("Rules", "this could not be done: {detail}"): "تعذَّر إتمام ذلك: {detail}",
    ("Rules", "request {request_id} has no acceptance to look at"): (
        "لا يوجد قرار قبول للمعاملة {request_id} لتدقيقه"
    ),
    ("Rules", "the acceptance of request {request_id} was already checked by {holder}"): (
        "سبق أن دقَّق {holder} قبول المعاملة {request_id}"
    ),
    (
        "Rules",
        "attachment {attachment_id} of {request_id} is not the file the request announced",
    ): "المرفق {attachment_id} من المعاملة {request_id} ليس الملف الذي أعلنت عنه المعاملة",
    (
        "Rules",
        "attachment {attachment_id} of {request_id} does not match its announced digest",
    ): "المرفق {attachment_id} من المعاملة {request_id} لا يطابق بصمته الرقمية المُعلنة",
    ("Rules", "center {center} has no signing key"): "لا يوجد مفتاح توقيع للمركز {center}",
    (
        "Rules",
        "no person with this national number in the registry",
    ): "لا يوجد في السجل المدني شخص بهذا الرقم الوطني",
    (
        "Rules",
        "request {request_id} is a fast service: the center issues its document, "
        "no issuing body sends one",
    ): "المعاملة {request_id} خدمة سريعة: يُصدر المركز وثيقتها، ولا ترسلها أي جهة مصدرة",
    (
        "Rules",
        "{body} has not answered request {request_id} yet: it cannot be printed until "
        "the body's document arrives",
    ): "لم تردّ {body} على المعاملة {request_id} بعد: لا يمكن طباعتها قبل وصول وثيقة الجهة المصدرة",
    (
        "Rules",
        "request {request_id} is {status}: a request cannot go from {status} to {target}",
    ): "المعاملة {request_id} {status}: لا يمكن نقلها إلى حالة «{target}»",
    (
        "Rules",
        "request {request_id} is {status}: it cannot be claimed",
    ): "المعاملة {request_id} {status}: لا يمكن حجزها",
    (
        "Rules",
        "request {request_id} is {status}: it has already been decided",
    ): "المعاملة {request_id} {status}: سبق البتّ فيها",
    (
        "Rules",
        "request {request_id} is being worked by {holder} ({holder_name}) until {until} UTC",
    ): (
        "المعاملة {request_id} محجوزة للموظف {holder} ({holder_name}) حتى الساعة {until}"
        " بالتوقيت العالمي المنسَّق"
    ),
    (
        "Rules",
        "request {request_id} is being worked by {holder} ({holder_name}), not by you",
    ): "المعاملة {request_id} محجوزة للموظف {holder} ({holder_name})، وليست محجوزة لك",
    (
        "Rules",
        "request {request_id} is held by {holder}, not by you: nothing to release",
    ): (
        "المعاملة {request_id} محجوزة للموظف {holder} وليست محجوزة لك:"
        " لا يمكنك إعادتها إلى الانتظار"
    ),
    (
        "Rules",
        "claim request {request_id} before recording this",
    ): "احجز المعاملة {request_id} قبل تسجيل هذا الإجراء",
    (
        "Rules",
        "this idempotency key was already used for a different call; "
        "use a new key for a new action",
    ): "استُخدم مفتاح منع التكرار هذا من قبل لطلب مختلف؛ استخدم مفتاحًا جديدًا لكل إجراء جديد",
    (
        "Rules",
        "request {request_id} goes by post: hand it over in a dispatch",
    ): "المعاملة {request_id} تُرسل بالبريد: سلّمها ضمن بيان إرسال",
    (
        "Rules",
        "request {request_id} is for pickup at the center, not for the post",
    ): "المعاملة {request_id} تُستلم من المركز، ولا تُرسل بالبريد",
    (
        "Rules",
        "dispatch {batch_id} was already recorded under another key",
    ): "سبق تسجيل بيان الإرسال {batch_id} بمفتاح آخر",
    (
        "Rules",
        "the audit log of workstation {workstation} now has {count} entries, but the "
        "server already received {held}: entries were deleted",
    ): (
        "عدد الإدخالات في سجل التدقيق للمحطة {workstation} الآن {count}، مع أن الخادم استلم"
        " منه من قبل إدخالات عددها {held}: حُذفت إدخالات من السجل"
    ),
    (
        "Rules",
        "the audit log of workstation {workstation} skips entries {first} to {last}: "
        "the server holds up to {held}",
    ): (
        "يتخطى سجل التدقيق للمحطة {workstation} الإدخالات من {first} إلى {last}: لدى الخادم"
        " الإدخالات حتى الإدخال {held}"
    ),
    (
        "Rules",
        "the audit log of workstation {workstation} says it holds {count} entries, but "
        "sends entry number {entry}",
    ): (
        "يذكر سجل التدقيق للمحطة {workstation} أن عدد إدخالاته {count}، لكنه يرسل الإدخال"
        " رقم {entry}"
    ),
    (
        "Rules",
        "the audit log of workstation {workstation} jumps from entry {previous} to {entry}",
    ): "ينتقل سجل التدقيق للمحطة {workstation} من الإدخال {previous} إلى الإدخال {entry} مباشرة",
    (
        "Rules",
        "the audit log of workstation {workstation} has entry {entry} changed: its hash "
        "does not match",
    ): "عُدِّل الإدخال {entry} في سجل التدقيق للمحطة {workstation}: بصمته الرقمية لا تطابق محتواه",
    (
        "Rules",
        "the audit log of workstation {workstation} does not continue at entry {entry}: "
        "it does not link to the entry before it (an entry deleted, reordered or rewritten)",
    ): (
        "ينقطع تسلسل سجل التدقيق للمحطة {workstation} عند الإدخال {entry}: لا يرتبط"
        " بالإدخال الذي قبله (حُذف إدخال أو غُيِّر ترتيبه أو أُعيدت كتابته)"
    ),
    (
        "Rules",
        "the audit log of workstation {workstation} has entry {entry} different from the "
        "copy the server received: the log was rewritten after it was sent",
    ): (
        "الإدخال {entry} في سجل التدقيق للمحطة {workstation} يختلف عن النسخة التي استلمها"
        " الخادم: أُعيدت كتابة السجل بعد إرساله"
    ),
    ("Rules", "the input is not valid at {field}"): "البيانات المرسلة غير صالحة في الحقل {field}",
    (
        "Rules",
        "invalid cursor: pass back the cursor of a previous page",
    ): "مؤشر الصفحات غير صالح: أعد إرسال المؤشر الذي وصل مع صفحة سابقة",
    ("Rules", "a rejection needs a reason_code"): "يتطلب الرفض اختيار سبب من القائمة",
    ("Rules", "give times with their time zone"): "اذكر الأوقات مع المنطقة الزمنية",
    (
        "Rules",
        "the period must be positive and at most {days} days",
    ): "يجب أن تكون المدة موجبة وألا تتجاوز {days} يومًا",
    ("Rules", "invalid Content-Length header"): "ترويسة طول المحتوى غير صالحة",
    (
        "Rules",
        "the text holds an invisible control or direction-changing character ({character}), "
        "which could hide or reorder what its reader sees: remove it",
    ): (
        "يحتوي النص على محرف تحكم غير مرئي أو محرف يغيّر اتجاه الكتابة ({character})، وقد"
        " يخفي عن القارئ جزءًا مما كُتب أو يغيّر ترتيبه: احذفه"
    ),
    (
        "Rules",
        "the text at {field} is not valid Unicode: it holds a lone surrogate",
    ): "النص في الحقل {field} ليس نصًا يونيكود سليمًا: فيه نصف محرف منفرد",
    (
        "Rules",
        "the data at {field} goes past the server's limits: at most {depth} levels deep, "
        "{count} values in all, and only finite numbers (whole ones of at most 64 bits)",
    ): (
        "البيانات في الحقل {field} تتجاوز حدود الخادم: {depth} مستوى تداخل على الأكثر، و{count}"
        " قيمة في المجموع، وأعداد منتهية فقط (والصحيحة منها في حدود 64 بت)"
    ),
    (
        "Rules",
        "give a time between the years {first} and {last}",
    ): "اذكر وقتًا بين العامين {first} و{last}",
    ("Rules", "the request body cannot be read as JSON text"): (
        "تعذّرت قراءة البيانات المرسلة: ليست نصًا بالصيغة المتفق عليها"
    ),
    ("Rules", "the server has no such address"): "لا يوجد في الخادم عنوان كهذا",
    ("Rules", "this address does not take this kind of call"): (
        "هذا العنوان لا يقبل هذا النوع من الطلبات"
    ),
    (
        "Rules",
        "request body too large: the limit is {limit} bytes",
    ): "حجم البيانات المرسلة كبير جدًا: الحد الأقصى {limit} بايت",
    ("Rules", "the user's center is missing"): "مركز المستخدم غير موجود",
    ("Rules", "the central server cannot be reached"): "تعذّر الاتصال بالخادم المركزي",
    (
        "Rules",
        "the server is unavailable ({http_status})",
    ): "الخادم المركزي غير متاح حاليًا ({http_status})",
    (
        "Rules",
        "the server's certificate could not be verified ({reason})",
    ): "تعذّر التحقق من شهادة الخادم المركزي ({reason})",
    (
        "Rules",
        "the server's answer is malformed ({fields})",
    ): "ردّ الخادم المركزي غير سليم ({fields})",
    (
        "Rules",
        "the server's answer is too large (over {limit} bytes)",
    ): "ردّ الخادم المركزي كبير جدًا (أكثر من {limit} بايت)",
    (
        "Rules",
        "the issuing body's document of {request_id} is not a PDF (the server sent {media_type})",
    ): "وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (أرسل الخادم {media_type})",
    (
        "Rules",
        "the issuing body's document of {request_id} is not a PDF "
        "(the server sent no content type)",
    ): "وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (لم يحدد الخادم نوع المحتوى)",
    (
        "Rules",
        "the issuing body's document of {request_id} is not a PDF (no %PDF- header)",
    ): "وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (لا تبدأ بترويسة ملفات PDF)",
    (
        "Rules",
        "the registry answered with the record of another person",
    ): "أعاد السجل المدني قيد شخص آخر",
    (
        "Rules",
        "the server answered with another workstation's ledger, not the one asked for",
    ): "أعاد الخادم سجل طباعة محطة أخرى، لا المحطة المطلوبة",
    # --- workstation keys (issue 11: no private center key leaves the server) ---------
    ("Rules", "see the center's workstation keys"): "الاطلاع على مفاتيح محطات المركز",
    ("Rules", "approve a workstation's key"): "الموافقة على مفتاح محطة",
    ("Rules", "revoke a workstation's key"): "إلغاء مفتاح محطة",
    (
        "Rules",
        "workstation key {key_id} belongs to center {center}, not to your center {your_center}",
    ): "مفتاح المحطة {key_id} يتبع المركز {center}، لا مركزك {your_center}",
    ("Rules", "no workstation key {key_id}"): "لا يوجد مفتاح محطة {key_id}",
    (
        "Rules",
        "workstation key {key_id} was revoked: it cannot be approved again; the "
        "workstation enrolls a new key at its next log-in",
    ): (
        "أُلغي مفتاح المحطة {key_id}: لا يمكن الموافقة عليه مجدداً؛ تسجّل المحطة مفتاحاً "
        "جديداً عند تسجيل الدخول التالي"
    ),
    (
        "Rules",
        "this public key is already enrolled as workstation key {key_id}",
    ): "هذا المفتاح العام مسجّل من قبل بوصفه مفتاح المحطة {key_id}",
    (
        "Rules",
        "the server answered about another workstation's key, not this one's",
    ): "أجاب الخادم المركزي عن مفتاح محطة أخرى، لا عن مفتاح هذه المحطة",
    (
        "Rules",
        "this workstation is waiting for the shift supervisor's approval of its signing "
        "key (workstation {workstation}, key {key_id}): it cannot print documents until "
        "then; everything else works",
    ): (
        "هذه المحطة بانتظار موافقة مشرف الوردية على مفتاح توقيعها (المحطة {workstation}، "
        "المفتاح {key_id}): لا يمكنها طباعة الوثائق قبل الموافقة، وكل ما عدا ذلك يعمل"
    ),
    (
        "Rules",
        "this workstation has no approved signing key and the central server cannot be "
        "reached: it can print once it is enrolled online and a shift supervisor approves",
    ): (
        "لا تملك هذه المحطة مفتاح توقيع موافقاً عليه، والخادم المركزي غير متاح: تستطيع "
        "الطباعة بعد تسجيلها والاتصال قائم وموافقة مشرف الوردية"
    ),
    (
        "Rules",
        "this workstation's signing certificate is valid from {not_before} to {not_after} "
        "(UTC), not at this computer's time: check the date and time, or log in online "
        "to renew it",
    ): (
        "شهادة توقيع هذه المحطة صالحة من {not_before} إلى {not_after} (بالتوقيت العالمي)، "
        "لا في الوقت الذي يشير إليه هذا الحاسوب: تحقّق من التاريخ والساعة، أو سجّل الدخول "
        "والاتصال قائم لتجديدها"
    ),
    ("MainWindow", "Workstations"): "المحطات",
    ("EnrollmentsModel", "Workstation"): "المحطة",
    ("EnrollmentsModel", "Key"): "المفتاح",
    ("EnrollmentsModel", "State"): "الحالة",
    ("EnrollmentsModel", "Asked by"): "طلبها",
    ("EnrollmentsModel", "Since"): "منذ",
    ("EnrollmentsModel", "waiting for approval"): "بانتظار الموافقة",
    ("EnrollmentsModel", "approved by %1"): "وافق عليها %1",
    ("EnrollmentsModel", "revoked by %1"): "ألغاها %1",
    (
        "WorkstationsPanel",
        "A new workstation prints only after a shift supervisor approves its key. "
        "Revoke a lost or stolen workstation: what it signs from then on does not "
        "verify; its earlier documents still do.",
    ): (
        "لا تطبع المحطة الجديدة إلا بعد موافقة مشرف الوردية على مفتاحها. ألغِ مفتاح "
        "المحطة المفقودة أو المسروقة: ما توقّعه بعد الإلغاء لا يصح، وتبقى وثائقها "
        "السابقة صحيحة."
    ),
    ("WorkstationsPanel", "Approve"): "موافقة",
    ("WorkstationsPanel", "Revoke…"): "إلغاء المفتاح…",
    ("WorkstationsPanel", "Refresh"): "تحديث",
    ("WorkstationsPanel", "Revoke workstation"): "إلغاء مفتاح المحطة",
    (
        "WorkstationsPanel",
        "Revoke workstation %1? It can no longer sign documents; what it signs "
        "from now on does not verify.",
    ): "هل تلغي مفتاح المحطة %1؟ لن تستطيع توقيع الوثائق، وما توقّعه من الآن لا يصح.",
    (
        "WorkstationsTab",
        "Workstation %1 approved: it can print now.",
    ): "تمت الموافقة على المحطة %1: تستطيع الطباعة الآن.",
    ("WorkstationsTab", "Workstation %1 revoked."): "أُلغي مفتاح المحطة %1.",
    (
        "Rules",
        "this computer's clock is {hours} h {minutes} min behind the central server's: "
        "lease times cannot be trusted, so no request can be opened. Set the date and "
        "time of this computer (or ask the center's IT support), then try again.",
    ): (
        "ساعة هذا الحاسوب متأخرة {hours} ساعة و{minutes} دقيقة عن ساعة الخادم المركزي:"
        " لا يمكن الوثوق بمواعيد انتهاء الحجز، لذا لا يمكن فتح أي معاملة. اضبط التاريخ"
        " والوقت في هذا الحاسوب (أو استعن بالدعم الفني في المركز)، ثم أعد المحاولة."
    ),
    (
        "Rules",
        "this computer's clock is {hours} h {minutes} min ahead of the central server's: "
        "lease times cannot be trusted, so no request can be opened. Set the date and "
        "time of this computer (or ask the center's IT support), then try again.",
    ): (
        "ساعة هذا الحاسوب متقدمة {hours} ساعة و{minutes} دقيقة على ساعة الخادم المركزي:"
        " لا يمكن الوثوق بمواعيد انتهاء الحجز، لذا لا يمكن فتح أي معاملة. اضبط التاريخ"
        " والوقت في هذا الحاسوب (أو استعن بالدعم الفني في المركز)، ثم أعد المحاولة."
    ),
    (
        "Rules",
        "the audit log of this workstation is empty, but the server already received "
        "{held} entries: entries were deleted",
    ): (
        "سجل التدقيق في هذه المحطة فارغ، مع أن الخادم استلم منه من قبل إدخالات عددها"
        " {held}: حُذفت إدخالات من السجل"
    ),
    ("Rules", "this message cannot be sent as stored"): "لا يمكن إرسال هذا التعديل كما حُفظ",
    ("DeskStatusBar", "The server refused this workstation's audit log: %1"): (
        "رفض الخادم سجل التدقيق لهذه المحطة: %1"
    ),
    # --- comparison of the submitted data with the civil registry -----------------------
    ("Comparison", "identical"): "مطابق",
    ("Comparison", "spelling variant"): "اختلاف إملائي",
    ("Comparison", "different"): "مختلف",
    ("Comparison", "missing"): "غير متوفر",
    ("ComparisonModel", "Field"): "الحقل",
    ("ComparisonModel", "Submitted by the citizen"): "ما قدّمه المواطن",
    ("ComparisonModel", "Civil registry"): "السجل المدني",
    ("ComparisonModel", "Result"): "النتيجة",
    ("ComparisonModel", "Possible typing error — still a different value."): (
        "يُحتمل أنه خطأ في الكتابة — لكنها تبقى قيمة مختلفة."
    ),
    # --- delivery, service class, request states ------------------------------------------
    ("Delivery", "by post"): "بالبريد",
    ("Delivery", "pickup at the center"): "الاستلام من المركز",
    ("ServiceClass", "fast"): "سريعة",
    ("ServiceClass", "slow"): "بطيئة",
    ("State", "assigned"): "مُسندة",
    ("State", "in review"): "قيد التدقيق",
    ("State", "accepted"): "مقبولة",
    ("State", "printed"): "مطبوعة",
    ("State", "sealed"): "مختومة",
    ("State", "dispatched"): "مُسلَّمة إلى البريد",
    ("State", "delivered by the post"): "سلّمها البريد",
    ("State", "returned by the post"): "أعادها البريد",
    ("State", "awaiting pickup"): "بانتظار الاستلام",
    ("State", "collected"): "مُستلَمة",
    ("State", "rejected"): "مرفوضة",
    ("State", "rejection upheld"): "الرفض مُثبَّت",
    ("State", "rejection overturned"): "الرفض مُلغى",
    ("State", "released"): "مُعادة للتوزيع",
    ("State", "withdrawn"): "مسحوبة",
    # --- person fields and gender ----------------------------------------------------------
    ("Field", "National number"): "الرقم الوطني",
    ("Field", "First name"): "الاسم",
    ("Field", "Father's name"): "اسم الأب",
    ("Field", "Mother's full name"): "اسم الأم ونسبتها",
    ("Field", "Family name"): "النسبة",
    ("Field", "Date of birth"): "تاريخ الولادة",
    ("Field", "Place of birth"): "محل الولادة",
    ("Field", "Gender"): "الجنس",
    ("Gender", "male"): "ذكر",
    ("Gender", "female"): "أنثى",
    # The code asks for this one to tell which language is active: it must be exactly "ar".
    ("Language", "en"): "ar",
    # --- status bar ---------------------------------------------------------------------------
    ("DeskStatusBar", "● online"): "● متصل",
    ("DeskStatusBar", "● offline"): "● غير متصل",
    ("QueueModel", "Assigned %1; target %2 minutes"): "أُسندت في %1؛ المدة المستهدفة %2 دقيقة",
    ("QueueView", "All classes"): "كل الفئات",
    ("QueueView", "Open work"): "قيد العمل",
    ("QueueView", "Every status"): "كل الحالات",
    ("QueueView", "Post and pickup"): "البريد والاستلام",
    ("QueueView", "Late only"): "المتأخرة فقط",
    ("QueueView", "%n request(s)"): (
        "لا معاملات",
        "معاملة واحدة",
        "معاملتان",
        "%n معاملات",
        "%n معاملة",
        "%n معاملة",
    ),
    ("QueueView", "%n late"): (
        "لا متأخرة",
        "واحدة متأخرة",
        "اثنتان متأخرتان",
        "%n متأخرة",
        "%n متأخرة",
        "%n متأخرة",
    ),
    ("DeskStatusBar", "%n to send"): (
        "لا قرارات بانتظار الإرسال",
        "قرار واحد بانتظار الإرسال",
        "قراران بانتظار الإرسال",
        "%n قرارات بانتظار الإرسال",
        "%n قرارًا بانتظار الإرسال",
        "%n قرار بانتظار الإرسال",
    ),
    ("DeskStatusBar", "%n refused"): (
        "لا قرارات رفضها الخادم",
        "قرار واحد رفضه الخادم",
        "قراران رفضهما الخادم",
        "%n قرارات رفضها الخادم",
        "%n قرارًا رفضه الخادم",
        "%n قرار رفضه الخادم",
    ),
    ("DeskStatusBar", "last refresh %1"): "آخر تحديث %1",
    ("DeskStatusBar", "The server refused a change to %1: %2"): (
        "رفض الخادم تعديلًا على المعاملة %1: %2"
    ),
    # --- log-in -------------------------------------------------------------------------------
    ("LoginDialog", "Clerk Desk — log in"): "مكتب الموظف — تسجيل الدخول",
    ("LoginDialog", "Server"): "الخادم",
    ("LoginDialog", "User name"): "اسم المستخدم",
    ("LoginDialog", "Password"): "كلمة المرور",
    ("LoginDialog", "Enter your user name and password."): "أدخل اسم المستخدم وكلمة المرور.",
    ("LoginDialog", "Logging in…"): "جارٍ تسجيل الدخول…",
    ("LoginDialog", "Cannot log in: %1"): "تعذّر تسجيل الدخول: %1",
    # --- main window ------------------------------------------------------------------------
    ("MainWindow", "Clerk Desk"): "مكتب الموظف",
    (
        "MainWindow",
        "The central server cannot be reached. You can go on with the requests on the desk; "
        "decisions are kept and sent when the link returns.",
    ): (
        "تعذّر الاتصال بالخادم المركزي. يمكنك متابعة العمل على المعاملات الموجودة لديك؛"
        " تُحفَظ القرارات وتُرسَل عند عودة الاتصال."
    ),
    ("MainWindow", "Requests"): "المعاملات",
    ("MainWindow", "Actions"): "الإجراءات",
    ("MainWindow", "Review"): "المراجعة",
    # --- print preview ----------------------------------------------------------------------
    ("PreviewDialog", "Print %1"): "طباعة المعاملة %1",
    ("PreviewDialog", "Document"): "الوثيقة",
    ("PreviewDialog", "Envelope"): "ظرف المعاملة",
    ("PreviewDialog", "Print"): "طباعة",
    ("PreviewDialog", "Printing…"): "جارٍ الطباعة…",
    ("PreviewDialog", "Printed."): "تمت الطباعة.",
    # --- issue 15: the keyboard all the way, feedback and words ---
    ("Actions", "Envelope &sealed…"): "خُتم الظرف…",
    ("Actions", "Record that the printed envelope is sealed"): "تسجيل أن الظرف المطبوع قد خُتم",
    ("Actions", "&Keep for pickup"): "حفظه للاستلام في المركز",
    ("Actions", "Shelve the sealed envelope until the citizen collects it"): (
        "حفظ الظرف المختوم حتى يستلمه المواطن"
    ),
    ("Actions", "&Handed to the citizen…"): "التسليم إلى المواطن…",
    ("Actions", "Record who collected the envelope at the counter"): (
        "تسجيل من استلم الظرف من النافذة"
    ),
    ("Actions", "Back to the &queue"): "العودة إلى قائمة المعاملات",
    ("Actions", "Put the focus back on the queue of requests"): "نقل التركيز إلى قائمة المعاملات",
    ("Actions", "&Dispatch to the post"): "الإرسال إلى البريد",
    ("Actions", "Scan sealed envelopes into the courier's batch"): (
        "مسح الظروف المختومة وضمّها إلى دفعة المندوب"
    ),
    ("Actions", "Hand the batch to the &courier"): "تسليم الدفعة إلى المندوب",
    ("Actions", "Record the courier who took the printed batch"): (
        "تسجيل المندوب الذي استلم الدفعة المطبوع بيانها"
    ),
    ("Confirm", "Go back"): "تراجع",
    ("DeskStatusBar", "Today: %n decided"): (
        "اليوم: لا قرارات",
        "اليوم: قرار واحد",
        "اليوم: قراران",
        "اليوم: %n قرارات",
        "اليوم: %n قرارًا",
        "اليوم: %n قرار",
    ),
    ("DeskStatusBar", "%n printed"): (
        "لا مطبوعات",
        "وثيقة مطبوعة واحدة",
        "وثيقتان مطبوعتان",
        "%n وثائق مطبوعة",
        "%n وثيقة مطبوعة",
        "%n وثيقة مطبوعة",
    ),
    ("DispatchPanel", "Print the manifest first: the courier signs for it."): (
        "اطبع بيان الإرسال أولًا: يوقّع المندوب عليه."
    ),
    ("DispatchPanel", "Hand the batch to the courier"): "تسليم الدفعة إلى المندوب",
    ("DispatchPanel", "Hand %n envelope(s) to %1? This cannot be undone."): (
        "لا ظروف لتسليمها إلى %1.",
        "تسليم ظرف واحد إلى %1؟ لا يمكن التراجع عن ذلك.",
        "تسليم ظرفين إلى %1؟ لا يمكن التراجع عن ذلك.",
        "تسليم %n ظروف إلى %1؟ لا يمكن التراجع عن ذلك.",
        "تسليم %n ظرفًا إلى %1؟ لا يمكن التراجع عن ذلك.",
        "تسليم %n ظرف إلى %1؟ لا يمكن التراجع عن ذلك.",
    ),
    ("DispatchPanel", "Hand over to the courier"): "سلّم إلى المندوب",
    ("LoginDialog", "Log in"): "ادخل",
    ("LoginDialog", "Close"): "أغلق",
    ("MainWindow", "&Post"): "البريد",
    ("RequestSteps", "Request %1 accepted: print it from the preview."): (
        "قُبلت المعاملة %1: اطبعها من المعاينة."
    ),
    ("RequestSteps", "Request %1 rejected; the supervisor reviews it."): (
        "رُفضت المعاملة %1، وسيراجع المشرف الرفض."
    ),
    ("RequestSteps", "Envelope of %1 sealed."): "خُتم ظرف المعاملة %1.",
    ("RequestSteps", "Seal the envelope"): "ختم الظرف",
    ("RequestSteps", "Is the envelope of %1 sealed? Once sealed it cannot be printed again."): (
        "هل خُتم ظرف المعاملة %1؟ بعد الختم لا يمكن طباعتها مرة أخرى."
    ),
    ("RequestSteps", "Envelope sealed"): "خُتم الظرف",
    ("RequestSteps", "Envelope of %1 handed to %2."): "سُلِّم ظرف المعاملة %1 إلى %2.",
    ("RequestSteps", "Envelope of %1 kept for pickup."): "حُفظ ظرف المعاملة %1 للاستلام في المركز.",
    ("MainWindow", "Close"): "أغلق",
    ("Preferences", "This counter"): "هذه النافذة",
    ("Preferences", "The center's rules (supervisor)"): "قواعد المركز (المشرف)",
    ("Preferences", "Installation (technician)"): "التثبيت (الفني)",
    ("PreferencesDialog", "Save the settings"): "احفظ الإعدادات",
    ("PreviewDialog", "Close without printing"): "أغلق دون طباعة",
    ("PreviewDialog", "✔ Printed. Take the papers from the printer."): (
        "✔ تمت الطباعة. خذ الأوراق من الطابعة."
    ),
    ("PreviewDialog", "Close"): "أغلق",
    ("PrintFlow", "Print again"): "إعادة الطباعة",
    ("PrintFlow", "Request %1 printed: document number %2."): ("طُبعت المعاملة %1: رقم الوثيقة %2."),
    ("ReviewPanel", "at counter %1"): "على النافذة %1",
    ("ReviewPanel", "Uphold the rejection of %1? The citizen is told, and it cannot be undone."): (
        "تثبيت رفض المعاملة %1؟ يُبلَّغ المواطن، ولا يمكن التراجع عن ذلك."
    ),
    ("ReviewPanel", "Overturn the rejection"): "نقض الرفض",
    (
        "ReviewPanel",
        "Overturn the rejection of %1? The request goes back to the queue, "
        "and this cannot be undone.",
    ): "نقض رفض المعاملة %1؟ تعود المعاملة إلى قائمة المعاملات، ولا يمكن التراجع عن ذلك.",
    ("Settings", "Digits on the screen and on the printed page"): (
        "الأرقام على الشاشة وعلى الورقة المطبوعة"
    ),
    ("WorkstationsPanel", "Revoke the workstation"): "أبطل المحطة",
    ("PreviewDialog", "Printing failed: %1"): "تعذّرت الطباعة: %1",
    # --- queue ------------------------------------------------------------------------------
    ("QueueModel", "Request"): "المعاملة",
    ("QueueModel", "Service"): "الخدمة",
    ("QueueModel", "Class"): "الفئة",
    ("QueueModel", "Subject"): "صاحب العلاقة",
    ("QueueModel", "National number"): "الرقم الوطني",
    ("QueueModel", "Delivery"): "التسليم",
    ("QueueModel", "Status"): "الحالة",
    ("QueueModel", "Waiting"): "مدة الانتظار",
    ("QueueView", "Request or national number (scan or type)"): (
        "رقم المعاملة أو الرقم الوطني (امسح الرمز أو اكتبه)"
    ),
    # --- rejection --------------------------------------------------------------------------
    ("RejectDialog", "Reject the request"): "رفض المعاملة",
    ("RejectDialog", "Reason"): "السبب",
    ("RejectDialog", "What the citizen will read"): "ما سيقرؤه المواطن",
    ("RejectDialog", "State the reason the citizen will read."): ("وضّح السبب الذي سيقرؤه المواطن."),
    ("RejectionsModel", "Request"): "المعاملة",
    ("RejectionsModel", "Service"): "الخدمة",
    ("RejectionsModel", "Clerk"): "الموظف",
    ("RejectionsModel", "Reason"): "السبب",
    ("RejectionsModel", "What the citizen reads"): "ما يقرؤه المواطن",
    # --- the open request -----------------------------------------------------------------
    ("RequestPanel", "Choose a request from the queue."): "اختر معاملة من القائمة.",
    ("RequestPanel", "Requester"): "طالب الخدمة",
    ("RequestPanel", "Delivery"): "التسليم",
    ("RequestPanel", "Status"): "الحالة",
    ("RequestPanel", "Accept and print"): "قبول وطباعة",
    ("RequestPanel", "Reject…"): "رفض…",
    ("RequestPanel", "History"): "سجل المعاملة",
    ("RequestPanel", "Opening %1…"): "جارٍ فتح المعاملة %1…",
    ("RequestPanel", "✔ The submitted data matches the civil registry."): (
        "✔ البيانات المقدَّمة مطابقة للسجل المدني."
    ),
    (
        "RequestPanel",
        "≈ Only spelling variants differ: tick each one to confirm it, then accept.",
    ): "≈ الاختلاف إملائي فقط: أشِّر على كل اختلاف لتأكيده، ثم اقبل المعاملة.",
    (
        "RequestPanel",
        "✘ The submitted data does not match the civil registry (%1): "
        "the request cannot be accepted.",
    ): "✘ البيانات المقدَّمة غير مطابقة للسجل المدني (%1): لا يمكن قبول المعاملة.",
    ("RequestPanel", ", "): "، ",
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
    # --- the print ledger: printing written ahead of the paper ---------------------------
    ("Ledger", "not printed after interruption"): "لم تُطبع بعد انقطاع الطباعة",
    ("Ledger", "nobody could tell whether it printed after interruption"): (
        "لم يُعرف إن كانت قد طُبعت بعد انقطاع الطباعة"
    ),
    ("Ledger", "prepared but never sent to the printer (the workstation stopped)"): (
        "جُهّزت ولم تُرسل إلى الطابعة (توقّف البرنامج)"
    ),
    ("Ledger", "prepared but never sent: the request can no longer be printed this way"): (
        "جُهّزت ولم تُرسل: لم تعد المعاملة قابلة للطباعة على هذا النحو"
    ),
    ("Ledger", "prepared but never sent: its files were changed or are missing"): (
        "جُهّزت ولم تُرسل: تغيّرت ملفاتها أو فُقدت"
    ),
    ("Ledger", "printed, but the request could no longer be printed: the paper is void"): (
        "طُبعت، لكن المعاملة لم تعد قابلة للطباعة: الورقة ملغاة"
    ),
    ("Action", "papers prepared for printing"): "جُهّزت الأوراق للطباعة",
    ("Action", "sent to the printer"): "أُرسلت إلى الطابعة",
    ("Action", "the printer took nothing"): "لم تستلم الطابعة شيئًا",
    ("Action", "said what came out of the printer"): "أُفيد بما خرج من الطابعة",
    ("Action", "numbers voided"): "أُلغيت الأرقام",
    ("Action", "numbers voided, unsure whether printed"): "أُلغيت الأرقام ولم يُعرف إن طُبعت",
    ("Action", "voided numbers looked into by the supervisor"): "دقّق المشرف في الأرقام الملغاة",
    ("PreviewDialog", "reprint (%1)"): "إعادة طباعة (%1)",
    ("PreviewDialog", "document and envelope"): "الوثيقة وظرف المعاملة",
    ("PreviewDialog", "Request %1 — %2"): "المعاملة %1 — %2",
    ("PreviewDialog", "Document number %1"): "رقم الوثيقة %1",
    ("PreviewDialog", "tracking number %1"): "رقم التتبع %1",
    ("PreviewDialog", "%1 (%n page(s))"): (
        "%1 (لا صفحات)",
        "%1 (صفحة واحدة)",
        "%1 (صفحتان)",
        "%1 (%n صفحات)",
        "%1 (%n صفحة)",
        "%1 (%n صفحة)",
    ),
    ("PreviewDialog", "Not printed: these papers are of request %1, which is no longer open."): (
        "لم تُطبع: هذه الأوراق للمعاملة %1 وهي لم تعد مفتوحة."
    ),
    ("PreviewDialog", "Not printed: %1"): "لم تُطبع: %1",
    ("PrintFlow", "Open a request first: Print acts on the open request."): (
        "افتح معاملة أولًا: الطباعة تعمل على المعاملة المفتوحة."
    ),
    ("PrintFlow", "Request %1 cannot be printed now."): "لا يمكن طباعة المعاملة %1 الآن.",
    ("PrintFlow", "Print %1 again"): "إعادة طباعة %1",
    ("PrintFlow", "The papers of %1 were not shown: another request is open."): (
        "لم تُعرض أوراق %1: معاملة أخرى مفتوحة."
    ),
    ("PrintRecoveryDialog", "What came out of the printer?"): "ماذا خرج من الطابعة؟",
    (
        "PrintRecoveryDialog",
        "Printing was interrupted. Look at the printer and its tray for each document below "
        "and say what came out: every answer is recorded, and no number is used twice.",
    ): (
        "انقطعت الطباعة. انظر في الطابعة ودرجها لكل وثيقة أدناه وقل ماذا خرج: "
        "كل جواب يُسجَّل، ولا يُستعمل أي رقم مرتين."
    ),
    ("PrintRecoveryDialog", "Voided: prepared but never sent to the printer"): (
        "أُلغيت: جُهّزت ولم تُرسل إلى الطابعة"
    ),
    ("PrintRecoveryDialog", "For you to look into: paper may exist under these numbers"): (
        "للتدقيق: قد توجد أوراق تحمل هذه الأرقام"
    ),
    ("PrintRecoveryDialog", "Waiting for the supervisor: paper may exist under these numbers"): (
        "بانتظار المشرف: قد توجد أوراق تحمل هذه الأرقام"
    ),
    ("PrintRecoveryDialog", "Close — ask me again at the next log-in"): (
        "إغلاق — اسألني مجددًا عند الدخول التالي"
    ),
    ("PrintRecoveryDialog", "What you found"): "ما وجدته",
    ("PrintRecoveryDialog", "Looked into — close it"): "دُقّق فيها — أغلقها",
    ("PrintRecoveryDialog", "Recorded as printed."): "سُجّلت مطبوعة.",
    ("PrintRecoveryDialog", "Voided and recorded as unsure: the supervisor will see it."): (
        "أُلغيت وسُجّلت غير مؤكدة: سيراها المشرف."
    ),
    ("PrintRecoveryDialog", "Voided (%1). The request can be printed again with new numbers."): (
        "أُلغيت (%1). يمكن طباعة المعاملة مجددًا بأرقام جديدة."
    ),
    ("PrintRecoveryDialog", "Done"): "تم",
    ("PrintRecoveryDialog", "reprint (%1)"): "إعادة طباعة (%1)",
    ("PrintRecoveryDialog", "document and envelope"): "الوثيقة وظرف المعاملة",
    ("PrintRecoveryDialog", "Request %1 — %2"): "المعاملة %1 — %2",
    ("PrintRecoveryDialog", "Look on the paper for document number %1"): (
        "ابحث على الورقة عن رقم الوثيقة %1"
    ),
    ("PrintRecoveryDialog", "and on the envelope for tracking number %1"): (
        "وعلى الظرف عن رقم التتبع %1"
    ),
    ("PrintRecoveryDialog", "The printer had accepted the job."): "كانت الطابعة قد استلمت المهمة.",
    ("PrintRecoveryDialog", "The desk stopped while handing it to the printer."): (
        "توقّف البرنامج أثناء إرسالها إلى الطابعة."
    ),
    ("PrintRecoveryDialog", "Prepared by %1 at %2. %3"): "جهّزها %1 في %2. %3",
    ("PrintRecoveryDialog", "It came out — record it as printed"): "خرجت — سجّلها مطبوعة",
    (
        "PrintRecoveryDialog",
        "Nothing came out — void these numbers",
    ): "لم يخرج شيء — ألغِ هذه الأرقام",
    ("PrintRecoveryDialog", "I cannot tell — void them and tell the supervisor"): (
        "لا أستطيع التأكد — ألغِها وأبلغ المشرف"
    ),
    (
        "Rules",
        "the last printing of request {request_id} was interrupted: "
        "say what came out of the printer first",
    ): "انقطعت آخر طباعة للمعاملة {request_id}: قل أولًا ماذا خرج من الطابعة",
    ("Rules", "printing {intent} is not in this workstation's ledger"): (
        "الطباعة {intent} غير موجودة في سجل الطباعة على هذه المحطة"
    ),
    (
        "Rules",
        "these papers are of request {prepared}, not of the open request {request_id}: "
        "nothing was printed",
    ): "هذه الأوراق للمعاملة {prepared} وليست للمعاملة المفتوحة {request_id}: لم يُطبع شيء",
    (
        "Rules",
        "these papers of request {request_id} are no longer current: nothing was printed; "
        "print the request again",
    ): "أوراق المعاملة {request_id} هذه لم تعد صالحة: لم يُطبع شيء؛ اطبع المعاملة من جديد",
    (
        "Rules",
        "the files of request {request_id} changed since they were prepared: nothing was printed",
    ): "تغيّرت ملفات المعاملة {request_id} منذ تجهيزها: لم يُطبع شيء",
    ("Rules", "this printing is not being sent"): "هذه الطباعة ليست قيد الإرسال",
    ("Rules", "printing {document_number} is already settled"): (
        "الطباعة {document_number} سُوّيت من قبل"
    ),
    ("Rules", "printing {document_number} needs no supervisor"): (
        "الطباعة {document_number} لا تحتاج إلى المشرف"
    ),
    (
        "Rules",
        "printing stopped after the printer took the job ({problem}): "
        "look at the printer and say whether document {document_number} came out",
    ): (
        "توقّفت الطباعة بعد أن استلمت الطابعة المهمة ({problem}): "
        "انظر في الطابعة وقل هل خرجت الوثيقة {document_number}"
    ),
    (
        "Rules",
        "the document of {body} for request {request_id} comes through the central server, "
        "which cannot be reached now: the request stays accepted, and its document is printed "
        "when the link returns",
    ): (
        "قُبلت المعاملة. وثيقة {body} للمعاملة {request_id} تصل عبر الخادم المركزي، "
        "ولا يمكن الوصول إليه الآن: تبقى المعاملة مقبولة، وتُطبع وثيقتها حين يعود الاتصال"
    ),
    # --- the server checks decisions, registry access and audit authors (issue 11) -------
    ("Rules", "see the civil-registry look-ups"): "الاطلاع على عمليات الاستعلام من السجل المدني",
    (
        "Rules",
        "the civil registry answers only about the subject of a request you hold "
        "under a live lease: open the request first",
    ): (
        "لا يجيب السجل المدني إلا عن صاحب العلاقة في معاملة تعمل عليها الآن بحجز ساري: "
        "افتح المعاملة أولاً"
    ),
    (
        "Rules",
        "entry {entry} of the audit log of workstation {workstation} was written by "
        "{actor}: only {username}'s own entries can be sent with {username}'s log-in",
    ): (
        "القيد {entry} من سجل تدقيق المحطة {workstation} كتبه {actor}: "
        "لا تُرسل بدخول {username} إلا القيود التي كتبها {username} نفسه"
    ),
    (
        "Rules",
        "entry {entry} of the audit log names workstation {recorded}, not {workstation}, "
        "the workstation of this log-in",
    ): ("القيد {entry} من سجل التدقيق يذكر المحطة {recorded}، لا {workstation} محطة هذا الدخول"),
    (
        "Rules",
        "request {request_id} cannot be accepted: you have not fetched its "
        "civil-registry record since you claimed it. Open the request again",
    ): (
        "لا يمكن قبول المعاملة {request_id}: لم تستخرج قيد صاحب العلاقة من السجل المدني "
        "منذ حجزتها. افتح المعاملة مرة أخرى"
    ),
    (
        "Rules",
        "this workstation did not say which spelling variants the clerk confirmed "
        "({names}): update Clerk Desk, then accept again",
    ): (
        "لم تُبلغ هذه المحطة بفروق الإملاء التي أكّدها الموظف ({names}): "
        "حدّث برنامج مكتب الموظف ثم أعد القبول"
    ),
    (
        "Rules",
        "the civil-registry record is fetched only by the clerk who opens the request to decide it",
    ): "لا يستخرج قيد السجل المدني إلا الموظف الذي يفتح المعاملة ليبتّ فيها",
    ("Lookups", "record found"): "وُجد القيد",
    ("Lookups", "not in the registry"): "غير موجود في السجل المدني",
    ("Lookups", "refused: not the clerk's work"): "مرفوض: ليست من عمل الموظف",
    ("Lookups", "refused: malformed number"): "مرفوض: رقم غير صحيح",
    ("LookupsModel", "Clerk"): "الموظف",
    ("LookupsModel", "Registry look-ups"): "الاستعلامات من السجل",
    ("LookupsModel", "Without a decision"): "دون قرار",
    ("LookupsModel", "Refused"): "مرفوضة",
    ("LookupsModel", "Looked up without deciding"): "استُعلم عنها دون قرار",
    ("DashboardPanel", "Civil-registry look-ups, per clerk"): (
        "الاستعلامات من السجل المدني، لكل موظف"
    ),
    ("ReviewPanel", "Civil-registry look-ups and refused decisions, as the server recorded them"): (
        "الاستعلامات من السجل المدني والقرارات المرفوضة كما سجّلها الخادم"
    ),
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
    # --- payments: the fee, its receipt and the gateway (clerk_desk.refusals_payments) ---
    (
        "Rules",
        "the citizen's fee for this request is not in the paid state: it cannot be accepted",
    ): ("رسم هذه المعاملة ليس في حالة «مدفوع»: لا يمكن قبولها"),
    ("Rules", "the request's fee was not in the paid state"): "لم يكن رسم المعاملة مدفوعًا",
    ("Rules", "the payment gateway knows no receipt {reference}"): (
        "لا تعرف بوابة الدفع إيصالًا برقم {reference}"
    ),
    ("Rules", "receipt {reference} is for {paid} Syrian pounds; the fee of the service is {fee}"): (
        "الإيصال {reference} بمبلغ {paid} ليرة سورية، ورسم الخدمة {fee}"
    ),
    ("Rules", "receipt {reference} already paid for another request"): (
        "الإيصال {reference} دُفع به لمعاملة أخرى"
    ),
    ("Rules", "service {service} had no fee at the time of submission"): (
        "لم يكن للخدمة {service} رسم محدد وقت تقديم الطلب"
    ),
    ("Rules", "portal submission {portal_ref} was already received with other content"): (
        "سبق استلام الطلب {portal_ref} من البوابة بمضمون آخر"
    ),
    ("Rules", "this call is the portal's and its gateway's only"): (
        "هذا الطلب مقصور على البوابة الإلكترونية وبوابة الدفع"
    ),
    ("Rules", "request {request_id} has no payment"): "لا دفعة مسجَّلة للمعاملة {request_id}",
    ("Rules", "there is no center {center}"): "لا يوجد مركز {center}",
    ("Rules", "the payment gateway cannot be reached to cancel the refund: try again"): (
        "تعذّر الوصول إلى بوابة الدفع لإلغاء ردّ الرسم: حاول مجددًا"
    ),
    (
        "Rules",
        "the refund of request {request_id} was already executed: it cannot be cancelled",
    ): "نُفّذ ردّ رسم المعاملة {request_id}: لا يمكن إلغاؤه",
    ("Lookups", "the server refused its acceptance: %1"): "رفض الخادم قبولها: %1",
    ("Lookups", "the server refused its rejection: %1"): "رفض الخادم رفضها: %1",
    ("LookupsModel", "Refused decisions"): "قرارات رفضها الخادم",
    ("ReviewPanel", "none recorded"): "لا شيء مسجَّل",
    ("ReviewPanel", "match"): "مطابقة",
    ("ReviewPanel", "spelling variants only"): "فروق إملائية فقط",
    ("ReviewPanel", "mismatch"): "عدم مطابقة",
    (
        "ReviewPanel",
        "The workstation sent another verdict (%1); shown is the server's own comparison.",
    ): "أرسلت المحطة نتيجة أخرى (%1)؛ المعروض هو مقارنة الخادم نفسه.",
    # --- numbers are the server's (clerk_desk.refusals_numbers, ui/recovery_dialog.py) --
    ("Rules", "recover a workstation"): "استعادة محطة عمل",
    ("Rules", "log in with this workstation's name to hold numbers"): (
        "سجّل الدخول باسم هذه المحطة لتُحجز لها الأرقام"
    ),
    (
        "Rules",
        "the store of workstation {workstation} does not match the central server's copy: "
        "it was lost or replaced. Nothing is printed here until a shift supervisor recovers "
        "this workstation",
    ): (
        "مخزن المحطة {workstation} لا يطابق نسخة الخادم المركزي: فُقد أو استُبدل. لا يُطبع "
        "شيء هنا حتى يستعيد مشرف الوردية هذه المحطة"
    ),
    ("Rules", "number block {block_id} is not one of workstation {workstation}'s"): (
        "مجموعة الأرقام {block_id} ليست من مجموعات المحطة {workstation}"
    ),
    ("Rules", "the numbers of series {series} are all used"): ("نفدت كل أرقام السلسلة {series}"),
    (
        "Rules",
        "document number {number} was already issued (request {request_id}): "
        "a number is never issued twice",
    ): "رقم الوثيقة {number} صدر من قبل (المعاملة {request_id}): لا يصدر رقم مرتين",
    (
        "Rules",
        "tracking number {number} was already issued (request {request_id}): "
        "a number is never issued twice",
    ): "رقم التتبع {number} صدر من قبل (المعاملة {request_id}): لا يصدر رقم مرتين",
    (
        "Rules",
        "number {number} is not in the blocks the central server reserved for "
        "workstation {workstation}",
    ): "الرقم {number} ليس ضمن الأرقام التي حجزها الخادم المركزي للمحطة {workstation}",
    (
        "Rules",
        "number {number} belongs to a block of workstation {workstation} closed when its "
        "store was lost: it can no longer be issued",
    ): (
        "الرقم {number} من مجموعة أرقام للمحطة {workstation} أُغلقت عند فقدان مخزنها: "
        "لم يعد ممكناً إصداره"
    ),
    (
        "Rules",
        "this workstation has no document numbers left, and the central server cannot "
        "be reached to reserve more: nothing was printed. Print again once the link "
        "is back",
    ): (
        "لم يبقَ لهذه المحطة أرقام وثائق، وتعذّر الوصول إلى الخادم المركزي لحجز المزيد: "
        "لم يُطبع شيء. أعد الطباعة حين يعود الاتصال"
    ),
    (
        "Rules",
        "this workstation has no tracking numbers left, and the central server cannot "
        "be reached to reserve more: nothing was printed. Print again once the link "
        "is back",
    ): (
        "لم يبقَ لهذه المحطة أرقام تتبع، وتعذّر الوصول إلى الخادم المركزي لحجز المزيد: "
        "لم يُطبع شيء. أعد الطباعة حين يعود الاتصال"
    ),
    (
        "Rules",
        "this workstation's store was lost or replaced: nothing is printed here until a "
        "shift supervisor recovers it",
    ): "فُقد مخزن هذه المحطة أو استُبدل: لا يُطبع شيء هنا حتى يستعيدها مشرف الوردية",
    ("RecoveryDialog", "This workstation's store is not recognised"): (
        "مخزن هذه المحطة غير معروف لدى الخادم"
    ),
    (
        "RecoveryDialog",
        "The store of workstation %1 does not match the central server's copy: it "
        "was lost or replaced. Nothing is printed here until a shift supervisor "
        "recovers this workstation.",
    ): (
        "مخزن المحطة %1 لا يطابق نسخة الخادم المركزي: فُقد أو استُبدل. لا يُطبع شيء هنا "
        "حتى يستعيد مشرف الوردية هذه المحطة."
    ),
    (
        "RecoveryDialog",
        "Recovery, by a shift supervisor:\n"
        "• closes this workstation's old number blocks at the server: their unused "
        "numbers are recorded as never to be used;\n"
        "• brings back from the server this workstation's audit log and the "
        "documents it printed;\n"
        "• enrolls a new key for this workstation, approved by the supervisor;\n"
        "• continues the numbering after the old blocks: it never starts again at 1.",
    ): (
        "الاستعادة، على يد مشرف الوردية:\n"
        "• تُغلق مجموعات الأرقام القديمة لهذه المحطة لدى الخادم: تُسجَّل أرقامها غير "
        "المستعملة على أنها لن تُستعمل أبداً؛\n"
        "• تُعيد من الخادم سجل تدقيق هذه المحطة والوثائق التي طبعتها؛\n"
        "• تُسجّل مفتاحاً جديداً لهذه المحطة يوافق عليه المشرف؛\n"
        "• يستمر الترقيم بعد المجموعات القديمة: لا يبدأ من ١ من جديد أبداً."
    ),
    ("RecoveryDialog", "Supervisor's user name"): "اسم مستخدم المشرف",
    ("RecoveryDialog", "Password"): "كلمة المرور",
    ("RecoveryDialog", "Recover this workstation"): "استعادة هذه المحطة",
    ("RecoveryDialog", "Later"): "لاحقاً",
    ("RecoveryDialog", "A shift supervisor logs in here to recover it."): (
        "يسجّل مشرف الوردية دخوله هنا لاستعادتها."
    ),
    ("RecoveryDialog", "Recovering…"): "جارٍ الاستعادة…",
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
    # --- a new workstation's set-up (ui/first_run.py) ---------------------------------
    ("FirstRunDialog", "Setting up this workstation"): "إعداد محطة العمل هذه",
    ("FirstRunDialog", "Close the set-up"): "إغلاق الإعداد",
    ("FirstRunDialog", "Address of the central server"): "عنوان الخادم المركزي",
    ("FirstRunDialog", "Certificate authority file (optional)"): "ملف جهة التصديق (اختياري)",
    (
        "FirstRunDialog",
        (
            "Welcome. This workstation is new: it needs the address of the center's"
            " central server. The center's technician gives it, and the file of the"
            " center's certificate authority if the server uses its own (leave it "
            "empty to trust the system's)."
        ),
    ): (
        "أهلًا بك. هذه محطة عمل جديدة: تحتاج إلى عنوان الخادم المركزي للمركز. "
        "يعطيك إياه فني المركز، ومعه ملف جهة التصديق الخاصة بالمركز إن كان "
        "الخادم يستعمل جهة خاصة به (اتركه فارغًا للوثوق بجهات النظام)."
    ),
    ("FirstRunDialog", "Check again"): "تحقّق مجددًا",
    ("FirstRunDialog", "User name"): "اسم المستخدم",
    ("FirstRunDialog", "Password"): "كلمة المرور",
    ("FirstRunDialog", "Supervisor's user name"): "اسم مستخدم المشرف",
    ("FirstRunDialog", "Supervisor's password"): "كلمة مرور المشرف",
    (
        "FirstRunDialog",
        (
            "This workstation signs what it prints with a key of its own. Log in (a"
            " clerk's or a supervisor's account): the key is made here and sent to "
            "the server, where a shift supervisor approves it."
        ),
    ): (
        "توقّع هذه المحطة ما تطبعه بمفتاح خاص بها. سجّل الدخول (بحساب موظف أو "
        "مشرف): يُنشأ المفتاح هنا ويُرسَل إلى الخادم، حيث يوافق عليه مشرف "
        "الوردية."
    ),
    (
        "FirstRunDialog",
        (
            "A shift supervisor who is here approves it now with their own log-in. "
            "Or ask them to approve it on the Workstations tab of their desk, then "
            "press “Check again”."
        ),
    ): (
        "إن كان مشرف الوردية حاضرًا فليوافق عليه الآن بتسجيل دخوله هو. أو اطلب "
        "منه الموافقة عليه من تبويب «المحطات» على مكتبه، ثم اضغط «تحقّق "
        "مجددًا»."
    ),
    ("FirstRunDialog", "Print the test page again"): "إعادة طباعة صفحة الاختبار",
    (
        "FirstRunDialog",
        (
            "Choose the printer for documents and envelopes, and print Clerk Desk's"
            " test page on it: the Arabic on it must be joined and read from right "
            "to left, inside a whole frame."
        ),
    ): (
        "اختر طابعة الوثائق والظروف، واطبع عليها صفحة اختبار مكتب الموظف: يجب "
        "أن يظهر النص العربي فيها متصل الحروف ومن اليمين إلى اليسار، داخل إطار "
        "كامل."
    ),
    ("FirstRunDialog", "Numbers"): "الأرقام",
    ("FirstRunDialog", "From"): "من",
    ("FirstRunDialog", "To"): "إلى",
    ("FirstRunDialog", "Left"): "المتبقي",
    (
        "FirstRunDialog",
        (
            "The document numbers and the registered-post tracking numbers this "
            "workstation prints come in blocks the central server reserves for it. "
            "They are fetched from the server, never typed."
        ),
    ): (
        "أرقام الوثائق وأرقام تتبع البريد المسجّل التي تطبعها هذه المحطة تأتي "
        "في مجموعات يحجزها لها الخادم المركزي. تُجلب من الخادم ولا تُكتب باليد "
        "أبدًا."
    ),
    (
        "FirstRunDialog",
        "The workstation is set up. Saving writes these settings; then log in as every day.",
    ): "اكتمل إعداد المحطة. الحفظ يكتب هذه الإعدادات؛ ثم سجّل الدخول كما في كل يوم.",
    ("FirstRunDialog", "The central server"): "الخادم المركزي",
    ("FirstRunDialog", "This workstation's key"): "مفتاح المحطة",
    ("FirstRunDialog", "The printer"): "الطابعة",
    ("FirstRunDialog", "The numbers"): "الأرقام",
    ("FirstRunDialog", "Done"): "تمّ",
    ("FirstRunDialog", "Step %1 of %2: %3"): "الخطوة %1 من %2: %3",
    ("FirstRunDialog", "Check the server and go on"): "تحقّق من الخادم وتابع",
    ("FirstRunDialog", "Log in and enroll this workstation"): "سجّل الدخول وسجّل هذه المحطة",
    ("FirstRunDialog", "Print a test page"): "اطبع صفحة اختبار",
    ("FirstRunDialog", "Go on"): "تابع",
    ("FirstRunDialog", "Save the settings and log in"): "احفظ الإعدادات وسجّل الدخول",
    ("FirstRunDialog", "Asking the server…"): "جارٍ سؤال الخادم…",
    ("FirstRunDialog", "Enter your user name and password."): "أدخل اسم المستخدم وكلمة المرور.",
    (
        "FirstRunDialog",
        "Logging in and enrolling the workstation…",
    ): "جارٍ تسجيل الدخول وتسجيل المحطة…",
    (
        "FirstRunDialog",
        "Workstation %1 has no key: the server could not be reached.",
    ): "المحطة %1 بلا مفتاح: تعذّر الوصول إلى الخادم.",
    ("FirstRunDialog", "Workstation %1, key %2"): "المحطة %1، المفتاح %2",
    (
        "FirstRunDialog",
        "Approved: this workstation may print and sign.",
    ): "تمّت الموافقة: يمكن لهذه المحطة أن تطبع وتوقّع.",
    ("FirstRunDialog", "Go on to the printer"): "تابع إلى الطابعة",
    (
        "FirstRunDialog",
        "Waiting for a shift supervisor's approval.",
    ): "بانتظار موافقة مشرف الوردية.",
    ("FirstRunDialog", "Approve with the supervisor's log-in"): "وافق بتسجيل دخول المشرف",
    (
        "FirstRunDialog",
        "Enter the supervisor's user name and password.",
    ): "أدخل اسم مستخدم المشرف وكلمة مروره.",
    ("FirstRunDialog", "Approving…"): "جارٍ تسجيل الموافقة…",
    ("FirstRunDialog", "Not approved yet."): "لم تتمّ الموافقة بعد.",
    ("FirstRunDialog", "Looking for printers…"): "جارٍ البحث عن الطابعات…",
    ("FirstRunDialog", "the default"): "الافتراضية",
    ("FirstRunDialog", "Go on without a printer"): "تابع بلا طابعة",
    (
        "FirstRunDialog",
        (
            "No printer is set up on this computer. Ask the technician to add one; "
            "it can be chosen later in Preferences."
        ),
    ): (
        "لا توجد طابعة معدّة على هذا الحاسوب. اطلب من الفني إضافة واحدة؛ ويمكن "
        "اختيارها لاحقًا من التفضيلات."
    ),
    ("FirstRunDialog", "Choose a printer."): "اختر طابعة.",
    ("FirstRunDialog", "Printing the test page on %1…"): "جارٍ طباعة صفحة الاختبار على %1…",
    (
        "FirstRunDialog",
        "The test page went to %1 (job %2). Check it came out whole, then go on.",
    ): "أُرسلت صفحة الاختبار إلى %1 (المهمة %2). تأكّد أنها خرجت كاملة، ثم تابع.",
    ("FirstRunDialog", "Go on to the numbers"): "تابع إلى الأرقام",
    (
        "FirstRunDialog",
        "Fetching this workstation's numbers from the server…",
    ): "جارٍ جلب أرقام هذه المحطة من الخادم…",
    ("FirstRunDialog", "Document numbers"): "أرقام الوثائق",
    ("FirstRunDialog", "Tracking numbers (S10)"): "أرقام التتبع (S10)",
    (
        "FirstRunDialog",
        "The server gave this workstation no numbers now. Try again.",
    ): "لم يعطِ الخادم هذه المحطة أرقامًا الآن. حاول مجددًا.",
    ("FirstRunDialog", "Fetch the numbers again"): "اجلب الأرقام مجددًا",
    ("FirstRunDialog", "Central server"): "الخادم المركزي",
    ("FirstRunDialog", "Workstation"): "المحطة",
    ("FirstRunDialog", "Key"): "المفتاح",
    ("FirstRunDialog", "Printer"): "الطابعة",
    ("FirstRunDialog", "Number blocks"): "مجموعات الأرقام",
    ("FirstRunDialog", "The settings could not be saved: %1"): "تعذّر حفظ الإعدادات: %1",
    # --- a family extract's record in the request panel (ui/family_list.py) -------------
    ("Family", "head of the family"): "صاحب القيد",
    ("Family", "wife"): "زوجة",
    ("Family", "son"): "ابن",
    ("Family", "daughter"): "ابنة",
    ("Family", "he died"): "متوفى",
    ("Family", "she died"): "متوفاة",
    ("FamilyList", "Family record %1 (%2 members), as the extract will list it"): (
        "قيد الأسرة %1 (عدد الأفراد: %2) كما سيرد في البيان"
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
    # --- the pickup shelf and the collector check (issue 13) ----------------------------
    ("PickupDialog", "Request %1 — shelf slot %2"): "المعاملة %1 — خانة الرف %2",
    ("PickupDialog", "Addressee: %1"): "المرسَل إليه: %1",
    ("PickupDialog", "Who collects the envelope?"): "من يستلم الظرف؟",
    ("PickupDialog", "The collector"): "المستلم",
    ("PickupDialog", "The subject (whom the document is about)"): (
        "صاحب العلاقة (من تخصّه الوثيقة)"
    ),
    ("PickupDialog", "The requester"): "طالب الخدمة",
    ("PickupDialog", "An attorney, with the power of attorney among the papers"): (
        "وكيل، بموجب وكالة مرفقة بأوراق المعاملة"
    ),
    ("PickupDialog", "Someone else"): "شخص آخر",
    ("PickupDialog", "National identity card"): "البطاقة الشخصية",
    ("PickupDialog", "Passport"): "جواز السفر",
    ("PickupDialog", "As written on the document"): "كما هو مكتوب على الوثيقة",
    ("PickupDialog", "Name, as on the document"): "الاسم كما في الوثيقة",
    ("PickupDialog", "Identity document"): "وثيقة إثبات الشخصية",
    ("PickupDialog", "Its number"): "رقمها",
    ("PickupDialog", "Power of attorney"): "الوكالة",
    ("PickupDialog", "The request's papers hold no power of attorney."): (
        "لا توجد وكالة بين أوراق المعاملة."
    ),
    ("PickupDialog", "Paper"): "الورقة",
    ("PickupDialog", "Its date"): "تاريخها",
    ("PickupDialog", "Requested by %1 (%2)"): "طالب الخدمة: %1 (%2)",
    ("PickupDialog", "Requested by %1, for themself"): "طالب الخدمة: %1، لنفسه",
    ("PostTab", "Envelope of %1 handed over."): "سُلِّم ظرف المعاملة %1.",
    ("PostTab", "Shelf report saved: %1"): "حُفظ تقرير الرف: %1",
    ("RequestSteps", "Envelope of %1 handed over."): "سُلِّم ظرف المعاملة %1.",
    ("RequestSteps", "Envelope of %1 kept for pickup in slot %2."): (
        "حُفظ ظرف المعاملة %1 للاستلام في خانة الرف %2."
    ),
    (
        "Rules",
        "request {request_id} is {status}: only an envelope the post brought back is scanned in",
    ): ("المعاملة {request_id} حالتها {status}: لا يُمسح للإدخال إلا ظرف أعاده البريد"),
    (
        "Rules",
        "only the subject, the requester, or an attorney whose power of attorney is "
        "among the request's papers may collect the envelope of request {request_id}",
    ): (
        "لا يستلم ظرف المعاملة {request_id} إلا صاحب العلاقة أو طالب الخدمة أو وكيل "
        "وكالته مرفقة بأوراق المعاملة"
    ),
    ("Rules", "write the collector's name as on their identity document"): (
        "اكتب اسم المستلم كما في وثيقة إثبات شخصيته"
    ),
    ("Rules", "a Syrian national identity card carries an 11-digit national number"): (
        "تحمل البطاقة الشخصية السورية رقمًا وطنيًا من 11 خانة"
    ),
    ("Rules", "a passport number has 6 to 12 letters and digits"): (
        "رقم جواز السفر من 6 إلى 12 حرفًا ورقمًا"
    ),
    (
        "Rules",
        "the national number on the identity card is not the subject's national "
        "number on request {request_id}: the envelope is not handed over",
    ): (
        "الرقم الوطني في البطاقة الشخصية ليس الرقم الوطني لصاحب العلاقة في المعاملة "
        "{request_id}: لا يُسلَّم الظرف"
    ),
    (
        "Rules",
        "request {request_id} has no power of attorney among its papers: an attorney "
        "cannot collect its envelope",
    ): ("لا توجد وكالة بين أوراق المعاملة {request_id}: لا يستطيع وكيل استلام ظرفها"),
    ("Rules", "paper {attachment} is not a power of attorney of request {request_id}"): (
        "الورقة {attachment} ليست وكالة من أوراق المعاملة {request_id}"
    ),
    ("Rules", "write the number and the date of the power of attorney"): (
        "اكتب رقم الوكالة وتاريخها"
    ),
    ("Rules", "the power of attorney's date must be a past date, not {date}"): (
        "يجب أن يكون تاريخ الوكالة تاريخًا مضى، لا {date}"
    ),
    (
        "Rules",
        "the workstation did not say who collects the envelope of request "
        "{request_id} and with which identity document: update it and hand the envelope "
        "over again",
    ): (
        "لم تذكر محطة العمل من يستلم ظرف المعاملة {request_id} ولا وثيقة إثبات شخصيته: "
        "حدِّثها ثم سلّم الظرف من جديد"
    ),
    ("Rules", "every slot of the pickup shelf is taken: hand some envelopes over first"): (
        "كل خانات رف الاستلام مشغولة: سلّم بعض الظروف أولًا"
    ),
    (
        "Settings",
        "Days an envelope may wait on the pickup shelf before the shelf report lists it",
    ): "عدد الأيام التي ينتظرها الظرف على رف الاستلام قبل أن يُدرج في تقرير الرف",
    ("ShelfModel", "Shelf slot"): "خانة الرف",
    ("ShelfModel", "Days waiting"): "أيام الانتظار",
    ("ShelfPanel", "Pickup shelf"): "رف الاستلام",
    ("ShelfPanel", "Print the slot on the envelope"): "اطبع الخانة على الظرف",
    ("PostTab", "Slot %1 printed on the envelope of %2."): "طُبعت الخانة %1 على ظرف المعاملة %2.",
    ("ShelfPanel", "Scan an envelope the post brought back"): "امسح ظرفًا أعاده البريد",
    ("ShelfPanel", "Scan the envelope a citizen collects"): "امسح الظرف الذي يستلمه المواطن",
    ("ShelfPanel", "Envelopes waiting too long"): "الظروف المنتظرة طويلًا",
    ("ShelfPanel", "Save as CSV"): "حفظ بصيغة CSV",
    ("ShelfPanel", "Envelope of %1 shelved in slot %2; the citizen is told."): (
        "وُضع ظرف المعاملة %1 في خانة الرف %2؛ وأُبلغ المواطن."
    ),
    ("ShelfPanel", "%n envelope(s) waiting longer than %1 days"): (
        "لا ظروف تنتظر أكثر من %1 يومًا",
        "ظرف واحد ينتظر أكثر من %1 يومًا",
        "ظرفان ينتظران أكثر من %1 يومًا",
        "%n ظروف تنتظر أكثر من %1 يومًا",
        "%n ظرفًا ينتظر أكثر من %1 يومًا",
        "%n ظرف ينتظر أكثر من %1 يومًا",
    ),
}
