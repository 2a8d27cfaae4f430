"""What the rules say when they refuse: the core's rules (clerk_desk/, printing/renderer.py)
and the server's refusal catalogues (clerk_desk/refusals*.py), as the clerk reads them."""

from __future__ import annotations

from translations_ar.forms import Plural

AR: dict[tuple[str, str], str | Plural] = {
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
}
