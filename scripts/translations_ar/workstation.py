"""The workstation's own machinery: its key, the print ledger and its recovery, and
the set-up of a new workstation (ui/first_run.py)."""

from __future__ import annotations

from translations_ar.forms import Plural

AR: dict[tuple[str, str], str | Plural] = {
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
}
