"""The clerk's screens: actions, the queue, the open request and its comparison, the
reject dialog, the fee at the counter, the status bar, preferences, log-in and the lock."""

from __future__ import annotations

from translations_ar.forms import Plural

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
}
