"""After the counter: the post's events and the citizen's messages, the envelopes
through to the post, the pickup shelf and the collector check."""

from __future__ import annotations

from translations_ar.forms import Plural

AR: dict[tuple[str, str], str | Plural] = {
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
