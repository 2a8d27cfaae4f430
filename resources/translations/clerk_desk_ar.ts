<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SY" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>opened and claimed</source>
        <translation>فُتحت وحُجزت للموظف</translation>
    </message>
    <message>
        <source>civil-registry record fetched</source>
        <translation>استُخرج القيد من السجل المدني</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>أُعيدت طباعتها</translation>
    </message>
    <message>
        <source>rejection upheld</source>
        <translation>ثُبّت الرفض</translation>
    </message>
    <message>
        <source>rejection overturned</source>
        <translation>أُلغي الرفض</translation>
    </message>
    <message>
        <source>envelope sealed</source>
        <translation>خُتم الظرف</translation>
    </message>
    <message>
        <source>kept for pickup</source>
        <translation>حُفظت للاستلام</translation>
    </message>
    <message>
        <source>handed to the citizen</source>
        <translation>سُلِّمت إلى المواطن</translation>
    </message>
    <message>
        <source>dispatch manifest prepared</source>
        <translation>أُعدّ بيان الإرسال</translation>
    </message>
    <message>
        <source>handed to the post</source>
        <translation>سُلِّمت إلى البريد</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>أُعيدت إلى الانتظار</translation>
    </message>
    <message>
        <source>second look: no concern</source>
        <translation>تدقيق ثانٍ: لا ملاحظات</translation>
    </message>
    <message>
        <source>second look: concern raised</source>
        <translation>تدقيق ثانٍ: سُجّلت ملاحظة</translation>
    </message>
    <message>
        <source>papers prepared for printing</source>
        <translation>جُهّزت الأوراق للطباعة</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>أُرسلت إلى الطابعة</translation>
    </message>
    <message>
        <source>the printer took nothing</source>
        <translation>لم تستلم الطابعة شيئًا</translation>
    </message>
    <message>
        <source>said what came out of the printer</source>
        <translation>أُفيد بما خرج من الطابعة</translation>
    </message>
    <message>
        <source>numbers voided</source>
        <translation>أُلغيت الأرقام</translation>
    </message>
    <message>
        <source>numbers voided, unsure whether printed</source>
        <translation>أُلغيت الأرقام ولم يُعرف إن طُبعت</translation>
    </message>
    <message>
        <source>voided numbers looked into by the supervisor</source>
        <translation>دقّق المشرف في الأرقام الملغاة</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh requests</source>
        <translation>تحديث المعاملات</translation>
    </message>
    <message>
        <source>Fetch new and changed requests</source>
        <translation>جلب المعاملات الجديدة والمعدَّلة</translation>
    </message>
    <message>
        <source>&amp;Find request</source>
        <translation>البحث عن معاملة</translation>
    </message>
    <message>
        <source>Search by request or national number</source>
        <translation>البحث برقم المعاملة أو بالرقم الوطني</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept the request and prepare printing</source>
        <translation>قبول المعاملة وتجهيزها للطباعة</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Reject the request with a stated reason</source>
        <translation>رفض المعاملة مع توضيح السبب</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the document and envelope</source>
        <translation>طباعة الوثيقة وظرف المعاملة</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>المرفقات…</translation>
    </message>
    <message>
        <source>Show the papers the citizen attached to the request</source>
        <translation>عرض الأوراق التي أرفقها المواطن بالمعاملة</translation>
    </message>
    <message>
        <source>Envelope &amp;sealed…</source>
        <translation>خُتم الظرف…</translation>
    </message>
    <message>
        <source>Record that the printed envelope is sealed</source>
        <translation>تسجيل أن الظرف المطبوع قد خُتم</translation>
    </message>
    <message>
        <source>&amp;Keep for pickup</source>
        <translation>حفظه للاستلام في المركز</translation>
    </message>
    <message>
        <source>Shelve the sealed envelope until the citizen collects it</source>
        <translation>حفظ الظرف المختوم حتى يستلمه المواطن</translation>
    </message>
    <message>
        <source>&amp;Handed to the citizen…</source>
        <translation>التسليم إلى المواطن…</translation>
    </message>
    <message>
        <source>Record who collected the envelope at the counter</source>
        <translation>تسجيل من استلم الظرف من النافذة</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>العودة إلى قائمة المعاملات</translation>
    </message>
    <message>
        <source>Put the focus back on the queue of requests</source>
        <translation>نقل التركيز إلى قائمة المعاملات</translation>
    </message>
    <message>
        <source>&amp;Dispatch to the post</source>
        <translation>الإرسال إلى البريد</translation>
    </message>
    <message>
        <source>Scan sealed envelopes into the courier&apos;s batch</source>
        <translation>مسح الظروف المختومة وضمّها إلى دفعة المندوب</translation>
    </message>
    <message>
        <source>Hand the batch to the &amp;courier</source>
        <translation>تسليم الدفعة إلى المندوب</translation>
    </message>
    <message>
        <source>Record the courier who took the printed batch</source>
        <translation>تسجيل المندوب الذي استلم الدفعة المطبوع بيانها</translation>
    </message>
    <message>
        <source>Refresh re&amp;jections</source>
        <translation>تحديث المعاملات المرفوضة</translation>
    </message>
    <message>
        <source>Fetch the rejections awaiting review</source>
        <translation>جلب المعاملات المرفوضة بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Shift r&amp;econciliation…</source>
        <translation>م&amp;طابقة الوردية…</translation>
    </message>
    <message>
        <source>Every number used this shift, and the differences with the server</source>
        <translation>كل رقم استُخدم في هذه الوردية، والفروق مع الخادم</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Change this workstation&apos;s settings</source>
        <translation>تعديل إعدادات محطة العمل هذه</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Hide the desk until your password is typed again</source>
        <translation>إخفاء المكتب حتى تُدخل كلمة المرور من جديد</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close Clerk Desk</source>
        <translation>إغلاق مكتب الموظف</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of %1</source>
        <translation>مرفقات المعاملة %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>portal e-payment</source>
        <translation>الدفع الإلكتروني عبر البوابة</translation>
    </message>
    <message>
        <source>Syriatel Cash</source>
        <translation>سيريتل كاش</translation>
    </message>
    <message>
        <source>MTN Cash</source>
        <translation>MTN كاش</translation>
    </message>
</context>
<context>
    <name>CitizenMessage</name>
    <message>
        <source>request rejected</source>
        <translation>رفض الطلب</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>جاهزة للاستلام</translation>
    </message>
    <message>
        <source>handed to the post</source>
        <translation>أُرسلت بالبريد</translation>
    </message>
    <message>
        <source>returned to the center</source>
        <translation>أعادها البريد إلى المركز</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>sent, no report yet</source>
        <translation>أُرسلت، لم يصل تقرير التسليم بعد</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>لم تصل</translation>
    </message>
    <message>
        <source>no mobile number given</source>
        <translation>لم يُعطَ رقم جوال</translation>
    </message>
</context>
<context>
    <name>CitizenMessagesDialog</name>
    <message>
        <source>Messages to the citizen — %1</source>
        <translation>الرسائل إلى المواطن — %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>أُعدّت</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>تقرير التسليم</translation>
    </message>
    <message>
        <source>Nothing was sent to the citizen about this request.</source>
        <translation>لم يُرسل شيء إلى المواطن بشأن هذه المعاملة.</translation>
    </message>
    <message>
        <source>What the citizen read:</source>
        <translation>ما قرأه المواطن:</translation>
    </message>
</context>
<context>
    <name>ClerksModel</name>
    <message>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>المُنجزة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>نسبة الرفض</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>الرفض المُلغى</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>نسبة إلغاء الرفض</translation>
    </message>
    <message>
        <source>Concerns / second looks</source>
        <translation>ملاحظات / تدقيقات ثانية</translation>
    </message>
</context>
<context>
    <name>CollectedModel</name>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الدفع</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>عدد الرسوم</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>spelling variant</source>
        <translation>اختلاف إملائي</translation>
    </message>
    <message>
        <source>different</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير متوفر</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Submitted by the citizen</source>
        <translation>ما قدّمه المواطن</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>السجل المدني</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Possible typing error — still a different value.</source>
        <translation>يُحتمل أنه خطأ في الكتابة — لكنها تبقى قيمة مختلفة.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Go back</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Now, by state: %1</source>
        <translation>المعاملات الآن بحسب الحالة: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>This shift (8 hours)</source>
        <translation>هذه الوردية (8 ساعات)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>المُنجزة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>المُسلَّمة للبريد</translation>
    </message>
    <message>
        <source>Awaiting pickup</source>
        <translation>بانتظار الاستلام</translation>
    </message>
    <message>
        <source>Handed to citizens</source>
        <translation>سُلِّمت للمواطنين</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>قيد العمل الآن</translation>
    </message>
    <message>
        <source>Late (fast)</source>
        <translation>المتأخرة (سريعة)</translation>
    </message>
    <message>
        <source>Late (slow)</source>
        <translation>المتأخرة (بطيئة)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Civil-registry look-ups, per clerk</source>
        <translation>الاستعلامات من السجل المدني، لكل موظف</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Fee reconciliation</source>
        <translation>مطابقة الرسوم</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>الرفض حسب السبب</translation>
    </message>
    <message>
        <source>Rejections by clerk</source>
        <translation>الرفض حسب الموظف</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>تصدير لوحة المتابعة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>by post</source>
        <translation>بالبريد</translation>
    </message>
    <message>
        <source>pickup at the center</source>
        <translation>الاستلام من المركز</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <source>Today: %n decided</source>
        <translation>
            <numerusform>اليوم: لا قرارات</numerusform>
            <numerusform>اليوم: قرار واحد</numerusform>
            <numerusform>اليوم: قراران</numerusform>
            <numerusform>اليوم: %n قرارات</numerusform>
            <numerusform>اليوم: %n قرارًا</numerusform>
            <numerusform>اليوم: %n قرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed</source>
        <translation>
            <numerusform>لا مطبوعات</numerusform>
            <numerusform>وثيقة مطبوعة واحدة</numerusform>
            <numerusform>وثيقتان مطبوعتان</numerusform>
            <numerusform>%n وثائق مطبوعة</numerusform>
            <numerusform>%n وثيقة مطبوعة</numerusform>
            <numerusform>%n وثيقة مطبوعة</numerusform>
        </translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● غير متصل</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>لا قرارات بانتظار الإرسال</numerusform>
            <numerusform>قرار واحد بانتظار الإرسال</numerusform>
            <numerusform>قراران بانتظار الإرسال</numerusform>
            <numerusform>%n قرارات بانتظار الإرسال</numerusform>
            <numerusform>%n قرارًا بانتظار الإرسال</numerusform>
            <numerusform>%n قرار بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>لا قرارات رفضها الخادم</numerusform>
            <numerusform>قرار واحد رفضه الخادم</numerusform>
            <numerusform>قراران رفضهما الخادم</numerusform>
            <numerusform>%n قرارات رفضها الخادم</numerusform>
            <numerusform>%n قرارًا رفضه الخادم</numerusform>
            <numerusform>%n قرار رفضه الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh %1</source>
        <translation>آخر تحديث %1</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s audit log: %1</source>
        <translation>رفض الخادم سجل التدقيق لهذه المحطة: %1</translation>
    </message>
    <message>
        <source>The server refused a change to %1: %2</source>
        <translation>رفض الخادم تعديلًا على المعاملة %1: %2</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>مرجع الإيصال</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>عندنا</translation>
    </message>
    <message>
        <source>In the settlement</source>
        <translation>في التسوية</translation>
    </message>
    <message>
        <source>On the other side</source>
        <translation>لدى الطرف الآخر</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <source>Scan a sealed envelope (request or tracking number)</source>
        <translation>امسح ظرفًا مختومًا (رقم المعاملة أو رقم التتبع)</translation>
    </message>
    <message>
        <source>Remove the selected envelope</source>
        <translation>إزالة الظرف المحدد</translation>
    </message>
    <message>
        <source>Prepare and print the manifest</source>
        <translation>إعداد بيان الإرسال وطباعته</translation>
    </message>
    <message>
        <source>Courier&apos;s name (Syrian Post)</source>
        <translation>اسم المندوب (المؤسسة السورية للبريد)</translation>
    </message>
    <message>
        <source>Handed over to the courier</source>
        <translation>سُلِّمت إلى المندوب</translation>
    </message>
    <message>
        <source>Dispatch to the post</source>
        <translation>الإرسال إلى البريد</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>هذه الوردية</translation>
    </message>
    <message>
        <source>Print the shift&apos;s unsealed envelopes</source>
        <translation>طباعة ظروف الوردية غير المختومة</translation>
    </message>
    <message>
        <source>Print the shift&apos;s reconciliation</source>
        <translation>طباعة مطابقة الوردية</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>أُضيفت %1.</translation>
    </message>
    <message>
        <source>Manifest %1 printed: hand the envelopes and the signed manifest to the courier.</source>
        <translation>طُبع بيان الإرسال %1: سلّم الظروف والبيان الموقَّع إلى المندوب.</translation>
    </message>
    <message>
        <source>Print the manifest first: the courier signs for it.</source>
        <translation>اطبع بيان الإرسال أولًا: يوقّع المندوب عليه.</translation>
    </message>
    <message>
        <source>Write the courier&apos;s name.</source>
        <translation>اكتب اسم المندوب.</translation>
    </message>
    <message>
        <source>Hand the batch to the courier</source>
        <translation>تسليم الدفعة إلى المندوب</translation>
    </message>
    <message numerus="yes">
        <source>Hand %n envelope(s) to %1? This cannot be undone.</source>
        <translation>
            <numerusform>لا ظروف لتسليمها إلى %1.</numerusform>
            <numerusform>تسليم ظرف واحد إلى %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>تسليم ظرفين إلى %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>تسليم %n ظروف إلى %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>تسليم %n ظرفًا إلى %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>تسليم %n ظرف إلى %1؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over to the courier</source>
        <translation>سلّم إلى المندوب</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) handed to the post.</source>
        <translation>
            <numerusform>لم يُسلَّم أي ظرف إلى البريد.</numerusform>
            <numerusform>سُلِّم ظرف واحد إلى البريد.</numerusform>
            <numerusform>سُلِّم ظرفان إلى البريد.</numerusform>
            <numerusform>سُلِّمت %n ظروف إلى البريد.</numerusform>
            <numerusform>سُلِّم %n ظرفًا إلى البريد.</numerusform>
            <numerusform>سُلِّم %n ظرف إلى البريد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) scanned</source>
        <translation>
            <numerusform>لا ظروف ممسوحة</numerusform>
            <numerusform>ظرف واحد ممسوح</numerusform>
            <numerusform>ظرفان ممسوحان</numerusform>
            <numerusform>%n ظروف ممسوحة</numerusform>
            <numerusform>%n ظرفًا ممسوحًا</numerusform>
            <numerusform>%n ظرف ممسوح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentsModel</name>
    <message>
        <source>Workstation</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>طلبها</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>وافق عليها %1</translation>
    </message>
    <message>
        <source>revoked by %1</source>
        <translation>ألغاها %1</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>head of the family</source>
        <translation>صاحب القيد</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>زوجة</translation>
    </message>
    <message>
        <source>son</source>
        <translation>ابن</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>ابنة</translation>
    </message>
    <message>
        <source>he died</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>she died</source>
        <translation>متوفاة</translation>
    </message>
</context>
<context>
    <name>FamilyList</name>
    <message>
        <source>Family record %1 (%2 members), as the extract will list it</source>
        <translation>قيد الأسرة %1 (عدد الأفراد: %2) كما سيرد في البيان</translation>
    </message>
</context>
<context>
    <name>Fee</name>
    <message>
        <source>Fee: no payment known (the server sent none)</source>
        <translation>الرسم: لا دفعة معروفة (لم يرسلها الخادم)</translation>
    </message>
    <message>
        <source>Fee %1 — %2 — %3</source>
        <translation>الرسم %1 — %2 — %3</translation>
    </message>
    <message>
        <source>receipt %1 — paid %2</source>
        <translation>الإيصال %1 — دُفع في %2</translation>
    </message>
    <message>
        <source>The request cannot be accepted: its fee is not paid.</source>
        <translation>لا يمكن قبول المعاملة: رسمها غير مدفوع.</translation>
    </message>
    <message>
        <source>%1 SYP</source>
        <translation>%1 ل.س</translation>
    </message>
</context>
<context>
    <name>FeeReconciliation</name>
    <message>
        <source>paid here but not settled</source>
        <translation>مدفوع عندنا ولم يُسوَّ</translation>
    </message>
    <message>
        <source>settled but unknown here</source>
        <translation>مسوّى وغير معروف عندنا</translation>
    </message>
    <message>
        <source>amounts differ</source>
        <translation>المبلغان مختلفان</translation>
    </message>
    <message>
        <source>The file is larger than a settlement can be (%1 bytes).</source>
        <translation>الملف أكبر من أن يكون ملف تسوية (%1 بايت).</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Ask the gateway for the settlement as CSV in UTF-8.</source>
        <translation>السطر %1 ليس نصًّا بترميز UTF-8. اطلب من بوابة الدفع ملف التسوية بصيغة CSV وترميز UTF-8.</translation>
    </message>
    <message>
        <source>The first line is not a settlement&apos;s: it must be reference,amount,channel,date.</source>
        <translation>السطر الأول ليس سطر عناوين ملف تسوية: يجب أن يكون reference,amount,channel,date.</translation>
    </message>
    <message>
        <source>Line %1 is not a settlement line: a reference, an amount in whole pounds, a channel and a date (YYYY-MM-DD).</source>
        <translation>السطر %1 ليس سطر تسوية: مرجع، ومبلغ بالليرات الصحيحة، وقناة دفع، وتاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The file has more than %1 lines.</source>
        <translation>في الملف أكثر من %1 سطر.</translation>
    </message>
    <message>
        <source>The file speaks of more than %1 days.</source>
        <translation>يتناول الملف أكثر من %1 يومًا.</translation>
    </message>
    <message>
        <source>The settlement was not read: %1</source>
        <translation>لم يُقرأ ملف التسوية: %1</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>تعذّرت قراءة الملف (%1).</translation>
    </message>
</context>
<context>
    <name>FeeReconciliationPanel</name>
    <message>
        <source>Open the settlement file…</source>
        <translation>فتح ملف التسوية…</translation>
    </message>
    <message>
        <source>Fetch from the training gateway</source>
        <translation>جلبه من بوابة التدريب</translation>
    </message>
    <message>
        <source>The training server&apos;s gateway simulator gives the day&apos;s settlement.</source>
        <translation>محاكي بوابة الدفع في خادم التدريب يعطي تسوية اليوم.</translation>
    </message>
    <message>
        <source>Settlement of the day</source>
        <translation>تسوية يوم</translation>
    </message>
    <message>
        <source>Open the gateway&apos;s settlement file of a day.</source>
        <translation>افتح ملف التسوية الذي أرسلته بوابة الدفع عن يوم.</translation>
    </message>
    <message>
        <source>%1, settlement of %2.
Here: %3 lines, net %4 (refunds %5).
In the settlement: %6 lines, net %7 (refunds %8).</source>
        <translation>%1، تسوية %2.
عندنا: عدد الأسطر %3، الصافي %4 (المردود %5).
في التسوية: عدد الأسطر %6، الصافي %7 (المردود %8).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of other centers in the settlement left out.</source>
        <translation>
            <numerusform>لم يُترك أي سطر لمراكز أخرى في التسوية.</numerusform>
            <numerusform>تُرك سطر واحد لمركز آخر في التسوية خارج المطابقة.</numerusform>
            <numerusform>تُرك سطران لمراكز أخرى في التسوية خارج المطابقة.</numerusform>
            <numerusform>تُركت %n أسطر لمراكز أخرى في التسوية خارج المطابقة.</numerusform>
            <numerusform>تُرك %n سطرًا لمراكز أخرى في التسوية خارج المطابقة.</numerusform>
            <numerusform>تُرك %n سطر لمراكز أخرى في التسوية خارج المطابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>لا فروق: </numerusform>
            <numerusform>فرق واحد: </numerusform>
            <numerusform>فرقان: </numerusform>
            <numerusform>%n فروق: </numerusform>
            <numerusform>%n فرقًا: </numerusform>
            <numerusform>%n فرق: </numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The settlement less ours: %1</source>
        <translation>التسوية ناقص ما عندنا: %1</translation>
    </message>
    <message>
        <source>No difference: every line matches.</source>
        <translation>لا فرق: كل الأسطر متطابقة.</translation>
    </message>
    <message>
        <source>The gateway&apos;s settlement file</source>
        <translation>ملف التسوية من بوابة الدفع</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>National number</source>
        <translation>الرقم الوطني</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation>اسم الأم ونسبتها</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>محل الولادة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Setting up this workstation</source>
        <translation>إعداد محطة العمل هذه</translation>
    </message>
    <message>
        <source>Close the set-up</source>
        <translation>إغلاق الإعداد</translation>
    </message>
    <message>
        <source>Address of the central server</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <source>Certificate authority file (optional)</source>
        <translation>ملف جهة التصديق (اختياري)</translation>
    </message>
    <message>
        <source>Welcome. This workstation is new: it needs the address of the center&apos;s central server. The center&apos;s technician gives it, and the file of the center&apos;s certificate authority if the server uses its own (leave it empty to trust the system&apos;s).</source>
        <translation>أهلًا بك. هذه محطة عمل جديدة: تحتاج إلى عنوان الخادم المركزي للمركز. يعطيك إياه فني المركز، ومعه ملف جهة التصديق الخاصة بالمركز إن كان الخادم يستعمل جهة خاصة به (اتركه فارغًا للوثوق بجهات النظام).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>تحقّق مجددًا</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>اسم مستخدم المشرف</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>كلمة مرور المشرف</translation>
    </message>
    <message>
        <source>This workstation signs what it prints with a key of its own. Log in (a clerk&apos;s or a supervisor&apos;s account): the key is made here and sent to the server, where a shift supervisor approves it.</source>
        <translation>توقّع هذه المحطة ما تطبعه بمفتاح خاص بها. سجّل الدخول (بحساب موظف أو مشرف): يُنشأ المفتاح هنا ويُرسَل إلى الخادم، حيث يوافق عليه مشرف الوردية.</translation>
    </message>
    <message>
        <source>A shift supervisor who is here approves it now with their own log-in. Or ask them to approve it on the Workstations tab of their desk, then press “Check again”.</source>
        <translation>إن كان مشرف الوردية حاضرًا فليوافق عليه الآن بتسجيل دخوله هو. أو اطلب منه الموافقة عليه من تبويب «المحطات» على مكتبه، ثم اضغط «تحقّق مجددًا».</translation>
    </message>
    <message>
        <source>Print the test page again</source>
        <translation>إعادة طباعة صفحة الاختبار</translation>
    </message>
    <message>
        <source>Choose the printer for documents and envelopes, and print Clerk Desk&apos;s test page on it: the Arabic on it must be joined and read from right to left, inside a whole frame.</source>
        <translation>اختر طابعة الوثائق والظروف، واطبع عليها صفحة اختبار مكتب الموظف: يجب أن يظهر النص العربي فيها متصل الحروف ومن اليمين إلى اليسار، داخل إطار كامل.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>The document numbers and the registered-post tracking numbers this workstation prints come in blocks the central server reserves for it. They are fetched from the server, never typed.</source>
        <translation>أرقام الوثائق وأرقام تتبع البريد المسجّل التي تطبعها هذه المحطة تأتي في مجموعات يحجزها لها الخادم المركزي. تُجلب من الخادم ولا تُكتب باليد أبدًا.</translation>
    </message>
    <message>
        <source>The workstation is set up. Saving writes these settings; then log in as every day.</source>
        <translation>اكتمل إعداد المحطة. الحفظ يكتب هذه الإعدادات؛ ثم سجّل الدخول كما في كل يوم.</translation>
    </message>
    <message>
        <source>The central server</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>This workstation&apos;s key</source>
        <translation>مفتاح المحطة</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Check the server and go on</source>
        <translation>تحقّق من الخادم وتابع</translation>
    </message>
    <message>
        <source>Log in and enroll this workstation</source>
        <translation>سجّل الدخول وسجّل هذه المحطة</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>اطبع صفحة اختبار</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Save the settings and log in</source>
        <translation>احفظ الإعدادات وسجّل الدخول</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Logging in and enrolling the workstation…</source>
        <translation>جارٍ تسجيل الدخول وتسجيل المحطة…</translation>
    </message>
    <message>
        <source>Workstation %1 has no key: the server could not be reached.</source>
        <translation>المحطة %1 بلا مفتاح: تعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Workstation %1, key %2</source>
        <translation>المحطة %1، المفتاح %2</translation>
    </message>
    <message>
        <source>Approved: this workstation may print and sign.</source>
        <translation>تمّت الموافقة: يمكن لهذه المحطة أن تطبع وتوقّع.</translation>
    </message>
    <message>
        <source>Go on to the printer</source>
        <translation>تابع إلى الطابعة</translation>
    </message>
    <message>
        <source>Waiting for a shift supervisor&apos;s approval.</source>
        <translation>بانتظار موافقة مشرف الوردية.</translation>
    </message>
    <message>
        <source>Approve with the supervisor&apos;s log-in</source>
        <translation>وافق بتسجيل دخول المشرف</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s user name and password.</source>
        <translation>أدخل اسم مستخدم المشرف وكلمة مروره.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>جارٍ تسجيل الموافقة…</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>لم تتمّ الموافقة بعد.</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>جارٍ البحث عن الطابعات…</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>الافتراضية</translation>
    </message>
    <message>
        <source>Go on without a printer</source>
        <translation>تابع بلا طابعة</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Ask the technician to add one; it can be chosen later in Preferences.</source>
        <translation>لا توجد طابعة معدّة على هذا الحاسوب. اطلب من الفني إضافة واحدة؛ ويمكن اختيارها لاحقًا من التفضيلات.</translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation>اختر طابعة.</translation>
    </message>
    <message>
        <source>Printing the test page on %1…</source>
        <translation>جارٍ طباعة صفحة الاختبار على %1…</translation>
    </message>
    <message>
        <source>The test page went to %1 (job %2). Check it came out whole, then go on.</source>
        <translation>أُرسلت صفحة الاختبار إلى %1 (المهمة %2). تأكّد أنها خرجت كاملة، ثم تابع.</translation>
    </message>
    <message>
        <source>Go on to the numbers</source>
        <translation>تابع إلى الأرقام</translation>
    </message>
    <message>
        <source>Fetching this workstation&apos;s numbers from the server…</source>
        <translation>جارٍ جلب أرقام هذه المحطة من الخادم…</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>أرقام الوثائق</translation>
    </message>
    <message>
        <source>Tracking numbers (S10)</source>
        <translation>أرقام التتبع (S10)</translation>
    </message>
    <message>
        <source>The server gave this workstation no numbers now. Try again.</source>
        <translation>لم يعطِ الخادم هذه المحطة أرقامًا الآن. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Fetch the numbers again</source>
        <translation>اجلب الأرقام مجددًا</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation>مجموعات الأرقام</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>not printed after interruption</source>
        <translation>لم تُطبع بعد انقطاع الطباعة</translation>
    </message>
    <message>
        <source>nobody could tell whether it printed after interruption</source>
        <translation>لم يُعرف إن كانت قد طُبعت بعد انقطاع الطباعة</translation>
    </message>
    <message>
        <source>prepared but never sent to the printer (the workstation stopped)</source>
        <translation>جُهّزت ولم تُرسل إلى الطابعة (توقّف البرنامج)</translation>
    </message>
    <message>
        <source>prepared but never sent: the request can no longer be printed this way</source>
        <translation>جُهّزت ولم تُرسل: لم تعد المعاملة قابلة للطباعة على هذا النحو</translation>
    </message>
    <message>
        <source>prepared but never sent: its files were changed or are missing</source>
        <translation>جُهّزت ولم تُرسل: تغيّرت ملفاتها أو فُقدت</translation>
    </message>
    <message>
        <source>printed, but the request could no longer be printed: the paper is void</source>
        <translation>طُبعت، لكن المعاملة لم تعد قابلة للطباعة: الورقة ملغاة</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>المكتب مقفل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Only %1 can unlock it.</source>
        <translation>لا يفتحه إلا %1.</translation>
    </message>
    <message>
        <source>That is not the password.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Clerk Desk — log in</source>
        <translation>مكتب الموظف — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ادخل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>تعذّر تسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <source>record found</source>
        <translation>وُجد القيد</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>غير موجود في السجل المدني</translation>
    </message>
    <message>
        <source>refused: not the clerk&apos;s work</source>
        <translation>مرفوض: ليست من عمل الموظف</translation>
    </message>
    <message>
        <source>refused: malformed number</source>
        <translation>مرفوض: رقم غير صحيح</translation>
    </message>
    <message>
        <source>the server refused its acceptance: %1</source>
        <translation>رفض الخادم قبولها: %1</translation>
    </message>
    <message>
        <source>the server refused its rejection: %1</source>
        <translation>رفض الخادم رفضها: %1</translation>
    </message>
</context>
<context>
    <name>LookupsModel</name>
    <message>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Registry look-ups</source>
        <translation>الاستعلامات من السجل</translation>
    </message>
    <message>
        <source>Without a decision</source>
        <translation>دون قرار</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Refused decisions</source>
        <translation>قرارات رفضها الخادم</translation>
    </message>
    <message>
        <source>Looked up without deciding</source>
        <translation>استُعلم عنها دون قرار</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clerk Desk</source>
        <translation>مكتب الموظف</translation>
    </message>
    <message>
        <source>The central server cannot be reached. You can go on with the requests on the desk; decisions are kept and sent when the link returns.</source>
        <translation>تعذّر الاتصال بالخادم المركزي. يمكنك متابعة العمل على المعاملات الموجودة لديك؛ تُحفَظ القرارات وتُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again to go on.</source>
        <translation>انتهت صلاحية الجلسة. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>This shift (8 hours)</source>
        <translation>هذه الوردية (8 ساعات)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>الرسوم المحصّلة</translation>
    </message>
    <message>
        <source>Refunds ordered</source>
        <translation>ردود أُمر بها</translation>
    </message>
    <message>
        <source>Refunds executed</source>
        <translation>ردود نُفّذت</translation>
    </message>
    <message>
        <source>The center&apos;s fees</source>
        <translation>رسوم المركز</translation>
    </message>
    <message>
        <source>Fees collected by service and channel</source>
        <translation>الرسوم المحصّلة حسب الخدمة وقناة الدفع</translation>
    </message>
    <message>
        <source>The last day must not come before the first.</source>
        <translation>يجب ألا يسبق اليوم الأخير اليوم الأول.</translation>
    </message>
    <message>
        <source>Fetching the figures…</source>
        <translation>جارٍ جلب الأرقام…</translation>
    </message>
    <message>
        <source>The center&apos;s fees from %1 to %2</source>
        <translation>رسوم المركز من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fee(s)</source>
        <translation>
            <numerusform>لا رسوم</numerusform>
            <numerusform>رسم واحد</numerusform>
            <numerusform>رسمان</numerusform>
            <numerusform>%n رسوم</numerusform>
            <numerusform>%n رسمًا</numerusform>
            <numerusform>%n رسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>ردّ واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًّا</numerusform>
            <numerusform>%n ردّ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the fees</source>
        <translation>تصدير الرسوم</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoticesBanner</name>
    <message>
        <source>Open the request</source>
        <translation>فتح المعاملة</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>اطّلعت</translation>
    </message>
    <message>
        <source>%1 overturned your rejection of %2: the request is back in your queue.</source>
        <translation>ألغى %1 رفضك للمعاملة %2: عادت المعاملة إلى قائمة عملك.</translation>
    </message>
    <message>
        <source>%1 raised a concern about your acceptance of %2.</source>
        <translation>أبدى %1 ملاحظة على قبولك للمعاملة %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>الملاحظة: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 من %2)</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>ما آل إليه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>The citizen attached no papers.</source>
        <translation>لم يرفق المواطن أي أوراق.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>copy of the identity card</source>
        <translation>صورة البطاقة الشخصية</translation>
    </message>
    <message>
        <source>page of the family booklet</source>
        <translation>صورة صفحة من دفتر العائلة</translation>
    </message>
    <message>
        <source>power of attorney</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>other paper</source>
        <translation>ورقة أخرى</translation>
    </message>
</context>
<context>
    <name>PaperLinks</name>
    <message>
        <source>could not be checked; tried again at the next pull</source>
        <translation>تعذَّر التحقق منها؛ تُجلب مجدداً مع التحديث التالي</translation>
    </message>
    <message>
        <source>not here yet</source>
        <translation>لم تصل بعد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>refund ordered</source>
        <translation>أُمر بردّ الرسم</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>رُدّ الرسم</translation>
    </message>
    <message>
        <source>reversed by the gateway</source>
        <translation>ألغت بوابة الدفع الدفعة</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Hand the envelope over</source>
        <translation>تسليم الظرف</translation>
    </message>
    <message>
        <source>Request %1 — shelf slot %2</source>
        <translation>المعاملة %1 — خانة الرف %2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>المرسَل إليه: %1</translation>
    </message>
    <message>
        <source>Who collects the envelope?</source>
        <translation>من يستلم الظرف؟</translation>
    </message>
    <message>
        <source>The subject (whom the document is about)</source>
        <translation>صاحب العلاقة (من تخصّه الوثيقة)</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>طالب الخدمة</translation>
    </message>
    <message>
        <source>An attorney, with the power of attorney among the papers</source>
        <translation>وكيل، بموجب وكالة مرفقة بأوراق المعاملة</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>البطاقة الشخصية</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>As written on the document</source>
        <translation>كما هو مكتوب على الوثيقة</translation>
    </message>
    <message>
        <source>The collector</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Name, as on the document</source>
        <translation>الاسم كما في الوثيقة</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>وثيقة إثبات الشخصية</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>رقمها</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>The request&apos;s papers hold no power of attorney.</source>
        <translation>لا توجد وكالة بين أوراق المعاملة.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Its date</source>
        <translation>تاريخها</translation>
    </message>
    <message>
        <source>Requested by %1 (%2)</source>
        <translation>طالب الخدمة: %1 (%2)</translation>
    </message>
    <message>
        <source>Requested by %1, for themself</source>
        <translation>طالب الخدمة: %1، لنفسه</translation>
    </message>
</context>
<context>
    <name>PostEvent</name>
    <message>
        <source>accepted at the post office</source>
        <translation>استلمها مكتب البريد</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>خرجت مع موزّع البريد</translation>
    </message>
    <message>
        <source>delivered by the post</source>
        <translation>سلّمها البريد إلى المرسَل إليه</translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation>تعذّر على البريد تسليمها</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>العنوان غير موجود</translation>
    </message>
    <message>
        <source>the addressee refused it</source>
        <translation>رفض المرسَل إليه استلامها</translation>
    </message>
    <message>
        <source>not collected within the post&apos;s period</source>
        <translation>لم تُستلم خلال مهلة البريد</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — contradicts the post&apos;s earlier word, not applied</source>
        <translation> — تخالف ما قاله البريد قبلها، لم يُعمل بها</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>البريد</translation>
    </message>
</context>
<context>
    <name>PostTab</name>
    <message>
        <source>Slot %1 printed on the envelope of %2.</source>
        <translation>طُبعت الخانة %1 على ظرف المعاملة %2.</translation>
    </message>
    <message>
        <source>Envelope of %1 handed over.</source>
        <translation>سُلِّم ظرف المعاملة %1.</translation>
    </message>
    <message>
        <source>Shelf report saved: %1</source>
        <translation>حُفظ تقرير الرف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) sent to the printer as one job.</source>
        <translation>
            <numerusform>لم يُرسل أي ظرف إلى الطابعة.</numerusform>
            <numerusform>أُرسل ظرف واحد إلى الطابعة.</numerusform>
            <numerusform>أُرسل ظرفان إلى الطابعة في مهمة واحدة.</numerusform>
            <numerusform>أُرسلت %n ظروف إلى الطابعة في مهمة واحدة.</numerusform>
            <numerusform>أُرسل %n ظرفًا إلى الطابعة في مهمة واحدة.</numerusform>
            <numerusform>أُرسل %n ظرف إلى الطابعة في مهمة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reconciliation was printed (%1).</source>
        <translation>طُبعت مطابقة الوردية (%1).</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>This counter</source>
        <translation>هذه النافذة</translation>
    </message>
    <message>
        <source>The center&apos;s rules (supervisor)</source>
        <translation>قواعد المركز (المشرف)</translation>
    </message>
    <message>
        <source>Installation (technician)</source>
        <translation>التثبيت (الفني)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>احفظ الإعدادات</translation>
    </message>
    <message>
        <source>A new language or server applies from the next start.</source>
        <translation>تُطبَّق اللغة أو عنوان الخادم الجديدان عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print %1</source>
        <translation>طباعة المعاملة %1</translation>
    </message>
    <message>
        <source>reprint (%1)</source>
        <translation>إعادة طباعة (%1)</translation>
    </message>
    <message>
        <source>document and envelope</source>
        <translation>الوثيقة وظرف المعاملة</translation>
    </message>
    <message>
        <source>Request %1 — %2</source>
        <translation>المعاملة %1 — %2</translation>
    </message>
    <message>
        <source>Document number %1</source>
        <translation>رقم الوثيقة %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>رقم التتبع %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>ظرف المعاملة</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (لا صفحات)</numerusform>
            <numerusform>%1 (صفحة واحدة)</numerusform>
            <numerusform>%1 (صفحتان)</numerusform>
            <numerusform>%1 (%n صفحات)</numerusform>
            <numerusform>%1 (%n صفحة)</numerusform>
            <numerusform>%1 (%n صفحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>أغلق دون طباعة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Not printed: these papers are of request %1, which is no longer open.</source>
        <translation>لم تُطبع: هذه الأوراق للمعاملة %1 وهي لم تعد مفتوحة.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>✔ Printed. Take the papers from the printer.</source>
        <translation>✔ تمت الطباعة. خذ الأوراق من الطابعة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>لم تُطبع: %1</translation>
    </message>
    <message>
        <source>Not printed: %1 The request can be printed again.</source>
        <translation>لم تتم الطباعة: %1 يمكن طباعة المعاملة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Open a request first: Print acts on the open request.</source>
        <translation>افتح معاملة أولًا: الطباعة تعمل على المعاملة المفتوحة.</translation>
    </message>
    <message>
        <source>Request %1 cannot be printed now.</source>
        <translation>لا يمكن طباعة المعاملة %1 الآن.</translation>
    </message>
    <message>
        <source>Print %1 again</source>
        <translation>إعادة طباعة %1</translation>
    </message>
    <message>
        <source>Why is this printed again?</source>
        <translation>ما سبب إعادة الطباعة؟</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>The papers of %1 were not shown: another request is open.</source>
        <translation>لم تُعرض أوراق %1: معاملة أخرى مفتوحة.</translation>
    </message>
    <message>
        <source>Request %1 printed: document number %2.</source>
        <translation>طُبعت المعاملة %1: رقم الوثيقة %2.</translation>
    </message>
</context>
<context>
    <name>PrintRecoveryDialog</name>
    <message>
        <source>reprint (%1)</source>
        <translation>إعادة طباعة (%1)</translation>
    </message>
    <message>
        <source>document and envelope</source>
        <translation>الوثيقة وظرف المعاملة</translation>
    </message>
    <message>
        <source>Request %1 — %2</source>
        <translation>المعاملة %1 — %2</translation>
    </message>
    <message>
        <source>Look on the paper for document number %1</source>
        <translation>ابحث على الورقة عن رقم الوثيقة %1</translation>
    </message>
    <message>
        <source>and on the envelope for tracking number %1</source>
        <translation>وعلى الظرف عن رقم التتبع %1</translation>
    </message>
    <message>
        <source>The printer had accepted the job.</source>
        <translation>كانت الطابعة قد استلمت المهمة.</translation>
    </message>
    <message>
        <source>The desk stopped while handing it to the printer.</source>
        <translation>توقّف البرنامج أثناء إرسالها إلى الطابعة.</translation>
    </message>
    <message>
        <source>Prepared by %1 at %2. %3</source>
        <translation>جهّزها %1 في %2. %3</translation>
    </message>
    <message>
        <source>It came out — record it as printed</source>
        <translation>خرجت — سجّلها مطبوعة</translation>
    </message>
    <message>
        <source>Nothing came out — void these numbers</source>
        <translation>لم يخرج شيء — ألغِ هذه الأرقام</translation>
    </message>
    <message>
        <source>I cannot tell — void them and tell the supervisor</source>
        <translation>لا أستطيع التأكد — ألغِها وأبلغ المشرف</translation>
    </message>
    <message>
        <source>What came out of the printer?</source>
        <translation>ماذا خرج من الطابعة؟</translation>
    </message>
    <message>
        <source>Printing was interrupted. Look at the printer and its tray for each document below and say what came out: every answer is recorded, and no number is used twice.</source>
        <translation>انقطعت الطباعة. انظر في الطابعة ودرجها لكل وثيقة أدناه وقل ماذا خرج: كل جواب يُسجَّل، ولا يُستعمل أي رقم مرتين.</translation>
    </message>
    <message>
        <source>Voided: prepared but never sent to the printer</source>
        <translation>أُلغيت: جُهّزت ولم تُرسل إلى الطابعة</translation>
    </message>
    <message>
        <source>For you to look into: paper may exist under these numbers</source>
        <translation>للتدقيق: قد توجد أوراق تحمل هذه الأرقام</translation>
    </message>
    <message>
        <source>Waiting for the supervisor: paper may exist under these numbers</source>
        <translation>بانتظار المشرف: قد توجد أوراق تحمل هذه الأرقام</translation>
    </message>
    <message>
        <source>Close — ask me again at the next log-in</source>
        <translation>إغلاق — اسألني مجددًا عند الدخول التالي</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>ما وجدته</translation>
    </message>
    <message>
        <source>Looked into — close it</source>
        <translation>دُقّق فيها — أغلقها</translation>
    </message>
    <message>
        <source>Recorded as printed.</source>
        <translation>سُجّلت مطبوعة.</translation>
    </message>
    <message>
        <source>Voided and recorded as unsure: the supervisor will see it.</source>
        <translation>أُلغيت وسُجّلت غير مؤكدة: سيراها المشرف.</translation>
    </message>
    <message>
        <source>Voided (%1). The request can be printed again with new numbers.</source>
        <translation>أُلغيت (%1). يمكن طباعة المعاملة مجددًا بأرقام جديدة.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Assigned %1; target %2 minutes</source>
        <translation>أُسندت في %1؛ المدة المستهدفة %2 دقيقة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>صاحب العلاقة</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>الرقم الوطني</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Request or national number (scan or type)</source>
        <translation>رقم المعاملة أو الرقم الوطني (امسح الرمز أو اكتبه)</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Post and pickup</source>
        <translation>البريد والاستلام</translation>
    </message>
    <message>
        <source>How the citizen paid the fee</source>
        <translation>الطريقة التي دفع بها المواطن الرسم</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>كل طرق الدفع</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>لا معاملات</numerusform>
            <numerusform>معاملة واحدة</numerusform>
            <numerusform>معاملتان</numerusform>
            <numerusform>%n معاملات</numerusform>
            <numerusform>%n معاملة</numerusform>
            <numerusform>%n معاملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>لا متأخرة</numerusform>
            <numerusform>واحدة متأخرة</numerusform>
            <numerusform>اثنتان متأخرتان</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>printed per the ledger; the server has no issuance of it yet</source>
        <translation>مطبوع في السجل، ولا إصدار له لدى الخادم بعد</translation>
    </message>
    <message>
        <source>the server holds an issuance of this number; the ledger does not</source>
        <translation>لدى الخادم إصدار بهذا الرقم، وليس في هذا السجل</translation>
    </message>
    <message>
        <source>the server holds an issuance of this number in no workstation&apos;s ledger</source>
        <translation>لدى الخادم إصدار بهذا الرقم لا يرد في سجل أي محطة</translation>
    </message>
    <message>
        <source>the server holds this number on another request</source>
        <translation>لدى الخادم هذا الرقم على معاملة أخرى</translation>
    </message>
    <message>
        <source>spoiled per the ledger, issued per the server</source>
        <translation>تالف في السجل، ومُصدَر لدى الخادم</translation>
    </message>
    <message>
        <source>the server&apos;s issuance carries another tracking number</source>
        <translation>إصدار الخادم يحمل رقم تتبع آخر</translation>
    </message>
    <message>
        <source>not yet in the server&apos;s copy of this workstation&apos;s audit log</source>
        <translation>لم يصل بعد إلى نسخة الخادم من سجل تدقيق المحطة</translation>
    </message>
    <message>
        <source>the server&apos;s copy of the audit log says otherwise</source>
        <translation>نسخة الخادم من سجل التدقيق تقول غير ذلك</translation>
    </message>
    <message>
        <source>prepared, not sent</source>
        <translation>مُعدّ ولم يُرسل للطابعة</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>قيد الإرسال للطابعة</translation>
    </message>
    <message>
        <source>sent, not settled</source>
        <translation>أُرسل للطابعة ولم يُسوَّ</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>أُعيدت طباعته</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>not known whether printed</source>
        <translation>لم يُعرف إن طُبع</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Shift reconciliation</source>
        <translation>مطابقة الوردية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ReconciliationFlow</name>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>The reconciliation was sent to the printer.</source>
        <translation>أُرسلت مطابقة الوردية إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>المحطة:</translation>
    </message>
    <message>
        <source>Shift from</source>
        <translation>الوردية من</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>حفظ CSV…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Every number used</source>
        <translation>كل رقم مستخدم</translation>
    </message>
    <message>
        <source>The end of the shift must come after its start.</source>
        <translation>يجب أن تأتي نهاية الوردية بعد بدايتها.</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>جارٍ إعداد المطابقة…</translation>
    </message>
    <message>
        <source>Counter %1: %2 printed, %3 reprinted, %4 spoiled, %5 not known whether printed; %6 sealed, %7 handed to the post, %8 kept for pickup.</source>
        <translation>المحطة %1: طُبع %2، وأُعيدت طباعة %3، وتلف %4، ولم يُعرف إن طُبع %5؛ وخُتم %6، وسُلّم للبريد %7، وحُفظ للاستلام %8.</translation>
    </message>
    <message>
        <source>From the central server&apos;s copy of the counter&apos;s audit log.</source>
        <translation>من نسخة الخادم المركزي لسجل تدقيق المحطة.</translation>
    </message>
    <message>
        <source>From this workstation&apos;s print ledger.</source>
        <translation>من سجل الطباعة في هذه المحطة.</translation>
    </message>
    <message>
        <source>Not compared with the central server: it cannot be reached.</source>
        <translation>لم تُقارن بالخادم المركزي: تعذّر الوصول إليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with the central server</source>
        <translation>
            <numerusform>لا فروق مع الخادم المركزي</numerusform>
            <numerusform>فرق واحد مع الخادم المركزي</numerusform>
            <numerusform>فرقان مع الخادم المركزي</numerusform>
            <numerusform>%n فروق مع الخادم المركزي</numerusform>
            <numerusform>%n فرقًا مع الخادم المركزي</numerusform>
            <numerusform>%n فرق مع الخادم المركزي</numerusform>
        </translation>
    </message>
    <message>
        <source>No difference with the central server.</source>
        <translation>لا فرق مع الخادم المركزي.</translation>
    </message>
    <message>
        <source>Save the reconciliation</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>This workstation&apos;s store is not recognised</source>
        <translation>مخزن هذه المحطة غير معروف لدى الخادم</translation>
    </message>
    <message>
        <source>The store of workstation %1 does not match the central server&apos;s copy: it was lost or replaced. Nothing is printed here until a shift supervisor recovers this workstation.</source>
        <translation>مخزن المحطة %1 لا يطابق نسخة الخادم المركزي: فُقد أو استُبدل. لا يُطبع شيء هنا حتى يستعيد مشرف الوردية هذه المحطة.</translation>
    </message>
    <message>
        <source>Recovery, by a shift supervisor:
• closes this workstation&apos;s old number blocks at the server: their unused numbers are recorded as never to be used;
• brings back from the server this workstation&apos;s audit log and the documents it printed;
• enrolls a new key for this workstation, approved by the supervisor;
• continues the numbering after the old blocks: it never starts again at 1.</source>
        <translation>الاستعادة، على يد مشرف الوردية:
• تُغلق مجموعات الأرقام القديمة لهذه المحطة لدى الخادم: تُسجَّل أرقامها غير المستعملة على أنها لن تُستعمل أبداً؛
• تُعيد من الخادم سجل تدقيق هذه المحطة والوثائق التي طبعتها؛
• تُسجّل مفتاحاً جديداً لهذه المحطة يوافق عليه المشرف؛
• يستمر الترقيم بعد المجموعات القديمة: لا يبدأ من ١ من جديد أبداً.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>اسم مستخدم المشرف</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Recover this workstation</source>
        <translation>استعادة هذه المحطة</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
    <message>
        <source>A shift supervisor logs in here to recover it.</source>
        <translation>يسجّل مشرف الوردية دخوله هنا لاستعادتها.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject the request</source>
        <translation>رفض المعاملة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>رسم المعاملة</translation>
    </message>
    <message>
        <source>What the citizen will read</source>
        <translation>ما سيقرؤه المواطن</translation>
    </message>
    <message>
        <source>Not refunded: the citizen&apos;s %1 stay paid.</source>
        <translation>لا يُردّ: يبقى ما دفعه المواطن (%1) للخزينة.</translation>
    </message>
    <message>
        <source>Refunded whole: %1 back to the citizen.</source>
        <translation>يُردّ كاملًا: %1 تعود إلى المواطن.</translation>
    </message>
    <message>
        <source>Refunded in part (%1%): %2 of %3 back to the citizen.</source>
        <translation>يُردّ جزء منه (%1٪): %2 من %3 تعود إلى المواطن.</translation>
    </message>
    <message>
        <source>State the reason the citizen will read.</source>
        <translation>وضّح السبب الذي سيقرؤه المواطن.</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Second look</source>
        <translation>التدقيق الثاني</translation>
    </message>
    <message>
        <source>What the citizen reads</source>
        <translation>ما يقرؤه المواطن</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>not looked at yet</source>
        <translation>لم يُدقَّق بعد</translation>
    </message>
    <message>
        <source>concern raised by %1</source>
        <translation>ملاحظة من %1</translation>
    </message>
    <message>
        <source>no concern (%1)</source>
        <translation>لا ملاحظات (%1)</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Choose a request from the queue.</source>
        <translation>اختر معاملة من القائمة.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>طالب الخدمة</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Accept and print</source>
        <translation>قبول وطباعة</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>إعادة الطباعة…</translation>
    </message>
    <message>
        <source>Envelope sealed</source>
        <translation>خُتم الظرف</translation>
    </message>
    <message>
        <source>Keep for pickup</source>
        <translation>حفظه للاستلام في المركز</translation>
    </message>
    <message>
        <source>Handed to the citizen…</source>
        <translation>التسليم إلى المواطن…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل المعاملة</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح المعاملة %1…</translation>
    </message>
    <message>
        <source>The post&apos;s events could not be asked: offline.</source>
        <translation>تعذّر السؤال عن أحداث البريد: لا اتصال بالخادم.</translation>
    </message>
    <message>
        <source>Messages to the citizen (%1)…</source>
        <translation>الرسائل إلى المواطن (%1)…</translation>
    </message>
    <message>
        <source>✔ The submitted data matches the civil registry.</source>
        <translation>✔ البيانات المقدَّمة مطابقة للسجل المدني.</translation>
    </message>
    <message>
        <source>≈ Only spelling variants differ: tick each one to confirm it, then accept.</source>
        <translation>≈ الاختلاف إملائي فقط: أشِّر على كل اختلاف لتأكيده، ثم اقبل المعاملة.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>✘ The submitted data does not match the civil registry (%1): the request cannot be accepted.</source>
        <translation>✘ البيانات المقدَّمة غير مطابقة للسجل المدني (%1): لا يمكن قبول المعاملة.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <source>Request %1 accepted: print it from the preview.</source>
        <translation>قُبلت المعاملة %1: اطبعها من المعاينة.</translation>
    </message>
    <message>
        <source>Request %1 rejected; the supervisor reviews it.</source>
        <translation>رُفضت المعاملة %1، وسيراجع المشرف الرفض.</translation>
    </message>
    <message>
        <source>Envelope of %1 sealed.</source>
        <translation>خُتم ظرف المعاملة %1.</translation>
    </message>
    <message>
        <source>Seal the envelope</source>
        <translation>ختم الظرف</translation>
    </message>
    <message>
        <source>Is the envelope of %1 sealed? Once sealed it cannot be printed again.</source>
        <translation>هل خُتم ظرف المعاملة %1؟ بعد الختم لا يمكن طباعتها مرة أخرى.</translation>
    </message>
    <message>
        <source>Envelope sealed</source>
        <translation>خُتم الظرف</translation>
    </message>
    <message>
        <source>Envelope of %1 handed over.</source>
        <translation>سُلِّم ظرف المعاملة %1.</translation>
    </message>
    <message>
        <source>Envelope of %1 kept for pickup in slot %2.</source>
        <translation>حُفظ ظرف المعاملة %1 للاستلام في خانة الرف %2.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Note for the clerk (required to overturn)</source>
        <translation>ملاحظة للموظف (إلزامية لإلغاء الرفض)</translation>
    </message>
    <message>
        <source>Uphold the rejection</source>
        <translation>تثبيت الرفض</translation>
    </message>
    <message>
        <source>Overturn: back to the queue</source>
        <translation>إلغاء الرفض وإعادتها إلى القائمة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Rejections awaiting review</source>
        <translation>المعاملات المرفوضة بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Acceptances drawn for a second look</source>
        <translation>معاملات مقبولة مختارة للتدقيق الثاني</translation>
    </message>
    <message>
        <source>Checked: no concern</source>
        <translation>دُقِّقت: لا ملاحظات</translation>
    </message>
    <message>
        <source>Raise a concern</source>
        <translation>تسجيل ملاحظة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>History, from every counter&apos;s audit log</source>
        <translation>السجل، من سجلات التدقيق في كل النوافذ</translation>
    </message>
    <message>
        <source>Civil-registry look-ups and refused decisions, as the server recorded them</source>
        <translation>الاستعلامات من السجل المدني والقرارات المرفوضة كما سجّلها الخادم</translation>
    </message>
    <message>
        <source>The concern (required to raise one)</source>
        <translation>الملاحظة (إلزامية لتسجيلها)</translation>
    </message>
    <message>
        <source>Choose an acceptance first.</source>
        <translation>اختر معاملة مقبولة أولًا.</translation>
    </message>
    <message>
        <source>Say what the concern is.</source>
        <translation>اكتب الملاحظة.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejection(s) awaiting review</source>
        <translation>
            <numerusform>لا معاملات مرفوضة بانتظار المراجعة</numerusform>
            <numerusform>معاملة مرفوضة واحدة بانتظار المراجعة</numerusform>
            <numerusform>معاملتان مرفوضتان بانتظار المراجعة</numerusform>
            <numerusform>%n معاملات مرفوضة بانتظار المراجعة</numerusform>
            <numerusform>%n معاملة مرفوضة بانتظار المراجعة</numerusform>
            <numerusform>%n معاملة مرفوضة بانتظار المراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acceptance(s) drawn for a second look</source>
        <translation>
            <numerusform>لا معاملات مختارة للتدقيق الثاني</numerusform>
            <numerusform>معاملة واحدة مختارة للتدقيق الثاني</numerusform>
            <numerusform>معاملتان مختارتان للتدقيق الثاني</numerusform>
            <numerusform>%n معاملات مختارة للتدقيق الثاني</numerusform>
            <numerusform>%n معاملة مختارة للتدقيق الثاني</numerusform>
            <numerusform>%n معاملة مختارة للتدقيق الثاني</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>No comparison was kept with this decision.</source>
        <translation>لم تُحفظ مقارنة مع هذا القرار.</translation>
    </message>
    <message>
        <source>What %1 saw on %2 when accepting</source>
        <translation>ما رآه %1 في %2 عند القبول</translation>
    </message>
    <message>
        <source>What %1 saw on %2, and the reason given: %3</source>
        <translation>ما رآه %1 بتاريخ %2، والسبب المذكور: %3</translation>
    </message>
    <message>
        <source>match</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <source>spelling variants only</source>
        <translation>فروق إملائية فقط</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>عدم مطابقة</translation>
    </message>
    <message>
        <source>The workstation sent another verdict (%1); shown is the server&apos;s own comparison.</source>
        <translation>أرسلت المحطة نتيجة أخرى (%1)؛ المعروض هو مقارنة الخادم نفسه.</translation>
    </message>
    <message>
        <source>at counter %1</source>
        <translation>على النافذة %1</translation>
    </message>
    <message>
        <source>Choose a rejection first.</source>
        <translation>اختر معاملة مرفوضة أولًا.</translation>
    </message>
    <message>
        <source>Say why the rejection is overturned.</source>
        <translation>اذكر سبب إلغاء الرفض.</translation>
    </message>
    <message>
        <source>Uphold the rejection of %1? The citizen is told, and it cannot be undone.</source>
        <translation>تثبيت رفض المعاملة %1؟ يُبلَّغ المواطن، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Overturn the rejection</source>
        <translation>نقض الرفض</translation>
    </message>
    <message>
        <source>Overturn the rejection of %1? The request goes back to the queue, and this cannot be undone.</source>
        <translation>نقض رفض المعاملة %1؟ تعود المعاملة إلى قائمة المعاملات، ولا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>national number must be text</source>
        <translation>يجب أن يكون الرقم الوطني نصًا</translation>
    </message>
    <message>
        <source>national number is empty</source>
        <translation>الرقم الوطني فارغ</translation>
    </message>
    <message>
        <source>national number must contain digits only</source>
        <translation>يجب أن يتكون الرقم الوطني من أرقام فقط</translation>
    </message>
    <message>
        <source>national number must have {length} digits, not {count}</source>
        <translation>يجب أن يتكون الرقم الوطني من {length} رقمًا، لا من {count}</translation>
    </message>
    <message>
        <source>request {request_id} is not on this workstation</source>
        <translation>المعاملة {request_id} غير موجودة على هذه المحطة</translation>
    </message>
    <message>
        <source>the civil-registry record has not been fetched</source>
        <translation>لم يُستخرج قيد السجل المدني بعد</translation>
    </message>
    <message>
        <source>the submitted data does not match the registry; reject it</source>
        <translation>البيانات المقدَّمة لا تطابق السجل المدني؛ ارفض المعاملة</translation>
    </message>
    <message>
        <source>confirm each spelling variant before accepting: {names}</source>
        <translation>أكِّد كل اختلاف إملائي قبل القبول: {names}</translation>
    </message>
    <message>
        <source>the citizen&apos;s fee for this request is not in the paid state: it cannot be accepted</source>
        <translation>رسم هذه المعاملة ليس في حالة «مدفوع»: لا يمكن قبولها</translation>
    </message>
    <message>
        <source>choose a rejection reason from the catalogue</source>
        <translation>اختر سبب الرفض من القائمة</translation>
    </message>
    <message>
        <source>state the reason the citizen will read</source>
        <translation>اكتب السبب الذي سيقرؤه المواطن</translation>
    </message>
    <message>
        <source>the last printing of request {request_id} was interrupted: say what came out of the printer first</source>
        <translation>انقطعت آخر طباعة للمعاملة {request_id}: قل أولًا ماذا خرج من الطابعة</translation>
    </message>
    <message>
        <source>printing {intent} is not in this workstation&apos;s ledger</source>
        <translation>الطباعة {intent} غير موجودة في سجل الطباعة على هذه المحطة</translation>
    </message>
    <message>
        <source>this request was already printed; state why it is printed again</source>
        <translation>سبقت طباعة هذه المعاملة؛ اذكر سبب إعادة طباعتها</translation>
    </message>
    <message>
        <source>these papers are of request {prepared}, not of the open request {request_id}: nothing was printed</source>
        <translation>هذه الأوراق للمعاملة {prepared} وليست للمعاملة المفتوحة {request_id}: لم يُطبع شيء</translation>
    </message>
    <message>
        <source>these papers of request {request_id} are no longer current: nothing was printed; print the request again</source>
        <translation>أوراق المعاملة {request_id} هذه لم تعد صالحة: لم يُطبع شيء؛ اطبع المعاملة من جديد</translation>
    </message>
    <message>
        <source>the files of request {request_id} changed since they were prepared: nothing was printed</source>
        <translation>تغيّرت ملفات المعاملة {request_id} منذ تجهيزها: لم يُطبع شيء</translation>
    </message>
    <message>
        <source>this printing is not being sent</source>
        <translation>هذه الطباعة ليست قيد الإرسال</translation>
    </message>
    <message>
        <source>printing {document_number} is already settled</source>
        <translation>الطباعة {document_number} سُوّيت من قبل</translation>
    </message>
    <message>
        <source>printing {document_number} needs no supervisor</source>
        <translation>الطباعة {document_number} لا تحتاج إلى المشرف</translation>
    </message>
    <message>
        <source>only an accepted request can be printed</source>
        <translation>لا تُطبع إلا المعاملة المقبولة</translation>
    </message>
    <message>
        <source>a review either upholds or overturns the rejection</source>
        <translation>المراجعة إما تثبيت للرفض أو إلغاء له</translation>
    </message>
    <message>
        <source>say why the rejection is overturned; the clerk reads it</source>
        <translation>اذكر سبب إلغاء الرفض؛ سيقرؤه الموظف</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: only a printed envelope can be sealed</source>
        <translation>المعاملة {request_id} {status}: لا يُختم إلا ظرف مطبوع</translation>
    </message>
    <message>
        <source>request {request_id} goes by post: scan it into a dispatch, do not shelve it</source>
        <translation>المعاملة {request_id} تُرسل بالبريد: امسحها ضمن بيان إرسال، ولا تحفظها للاستلام</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: seal the envelope before shelving it</source>
        <translation>المعاملة {request_id} {status}: اختم الظرف قبل حفظه للاستلام</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: only an envelope the post brought back is scanned in</source>
        <translation>المعاملة {request_id} حالتها {status}: لا يُمسح للإدخال إلا ظرف أعاده البريد</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: it is not on the pickup shelf</source>
        <translation>المعاملة {request_id} {status}: ليست في رف الاستلام</translation>
    </message>
    <message>
        <source>the envelope of request {request_id} was already handed over</source>
        <translation>سبق تسليم ظرف المعاملة {request_id}</translation>
    </message>
    <message>
        <source>an empty scan: scan the envelope&apos;s barcode again</source>
        <translation>مسح فارغ: امسح رمز الظرف من جديد</translation>
    </message>
    <message>
        <source>{scanned}: {problem}</source>
        <translation>{scanned}: {problem}</translation>
    </message>
    <message>
        <source>{tracking}: no envelope with this tracking number here</source>
        <translation>{tracking}: لا يوجد هنا ظرف بهذا الرقم</translation>
    </message>
    <message>
        <source>{tracking}: envelope of {request_id} reprinted: dispatch the new one ({new})</source>
        <translation>{tracking}: أُعيدت طباعة ظرف المعاملة {request_id}: أرسل الظرف الجديد ({new})</translation>
    </message>
    <message>
        <source>{scanned} is neither a request number nor a tracking number</source>
        <translation>{scanned} ليس رقم معاملة ولا رقم تتبع</translation>
    </message>
    <message>
        <source>request {request_id} is already in this dispatch</source>
        <translation>المعاملة {request_id} موجودة في بيان الإرسال هذا</translation>
    </message>
    <message>
        <source>request {request_id} is for pickup at the center: keep it, do not post it</source>
        <translation>المعاملة {request_id} تُستلم من المركز: احفظها ولا ترسلها بالبريد</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: seal the envelope first</source>
        <translation>المعاملة {request_id} {status}: اختم الظرف أولًا</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: it has already been handed to the post</source>
        <translation>المعاملة {request_id} {status}: سبق تسليمها إلى البريد</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: only sealed envelopes are dispatched</source>
        <translation>المعاملة {request_id} {status}: لا تُرسل إلا الظروف المختومة</translation>
    </message>
    <message>
        <source>scan at least one sealed envelope into the dispatch</source>
        <translation>امسح ظرفًا مختومًا واحدًا على الأقل في بيان الإرسال</translation>
    </message>
    <message>
        <source>dispatch {batch_id} is not on this workstation</source>
        <translation>بيان الإرسال {batch_id} غير موجود على هذه المحطة</translation>
    </message>
    <message>
        <source>write the name of the courier who takes the envelopes</source>
        <translation>اكتب اسم المندوب الذي يستلم الظروف</translation>
    </message>
    <message>
        <source>the courier&apos;s name is too long</source>
        <translation>اسم المندوب طويل جدًا</translation>
    </message>
    <message>
        <source>dispatch {batch_id} was already handed over</source>
        <translation>سبق تسليم بيان الإرسال {batch_id}</translation>
    </message>
    <message>
        <source>dispatch {batch_id} is empty</source>
        <translation>بيان الإرسال {batch_id} فارغ</translation>
    </message>
    <message>
        <source>request {request_id} is {status}, no longer sealed: scan the batch again</source>
        <translation>المعاملة {request_id} {status} ولم تعد مختومة: امسح الدفعة من جديد</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document is not a PDF: it cannot be printed</source>
        <translation>وثيقة الجهة المصدرة ليست ملف PDF: لا يمكن طباعتها</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document cannot be read: it cannot be printed</source>
        <translation>تعذّرت قراءة وثيقة الجهة المصدرة: لا يمكن طباعتها</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document has no pages: it cannot be printed</source>
        <translation>وثيقة الجهة المصدرة بلا صفحات: لا يمكن طباعتها</translation>
    </message>
    <message>
        <source>the civil-registry record of this request is missing</source>
        <translation>قيد السجل المدني لهذه المعاملة غير موجود</translation>
    </message>
    <message>
        <source>nobody is logged in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>offline: the civil-registry record cannot be fetched now</source>
        <translation>غير متصل: يتعذّر استخراج قيد السجل المدني الآن</translation>
    </message>
    <message>
        <source>the civil-registry record is fetched only by the clerk who opens the request to decide it</source>
        <translation>لا يستخرج قيد السجل المدني إلا الموظف الذي يفتح المعاملة ليبتّ فيها</translation>
    </message>
    <message>
        <source>printing stopped after the printer took the job ({problem}): look at the printer and say whether document {document_number} came out</source>
        <translation>توقّفت الطباعة بعد أن استلمت الطابعة المهمة ({problem}): انظر في الطابعة وقل هل خرجت الوثيقة {document_number}</translation>
    </message>
    <message>
        <source>the document of {body} for request {request_id} comes through the central server, which cannot be reached now: the request stays accepted, and its document is printed when the link returns</source>
        <translation>قُبلت المعاملة. وثيقة {body} للمعاملة {request_id} تصل عبر الخادم المركزي، ولا يمكن الوصول إليه الآن: تبقى المعاملة مقبولة، وتُطبع وثيقتها حين يعود الاتصال</translation>
    </message>
    <message>
        <source>claim a request</source>
        <translation>حجز معاملة</translation>
    </message>
    <message>
        <source>decide a request</source>
        <translation>البتّ في معاملة</translation>
    </message>
    <message>
        <source>record an issuance</source>
        <translation>تسجيل إصدار وثيقة</translation>
    </message>
    <message>
        <source>seal an envelope</source>
        <translation>ختم ظرف</translation>
    </message>
    <message>
        <source>shelve an envelope for pickup</source>
        <translation>حفظ ظرف للاستلام من المركز</translation>
    </message>
    <message>
        <source>hand an envelope to the citizen</source>
        <translation>تسليم ظرف إلى المواطن</translation>
    </message>
    <message>
        <source>hand envelopes to the post</source>
        <translation>تسليم الظروف إلى البريد</translation>
    </message>
    <message>
        <source>review rejections</source>
        <translation>مراجعة المعاملات المرفوضة</translation>
    </message>
    <message>
        <source>see the center&apos;s dashboard</source>
        <translation>الاطلاع على لوحة متابعة المركز</translation>
    </message>
    <message>
        <source>check acceptances</source>
        <translation>تدقيق المعاملات المقبولة</translation>
    </message>
    <message>
        <source>unlock an account</source>
        <translation>فكّ قفل حساب</translation>
    </message>
    <message>
        <source>see the center&apos;s log-in events</source>
        <translation>الاطلاع على أحداث الدخول في المركز</translation>
    </message>
    <message>
        <source>see the center&apos;s workstation keys</source>
        <translation>الاطلاع على مفاتيح محطات المركز</translation>
    </message>
    <message>
        <source>approve a workstation&apos;s key</source>
        <translation>الموافقة على مفتاح محطة</translation>
    </message>
    <message>
        <source>revoke a workstation&apos;s key</source>
        <translation>إلغاء مفتاح محطة</translation>
    </message>
    <message>
        <source>see the civil-registry look-ups</source>
        <translation>الاطلاع على عمليات الاستعلام من السجل المدني</translation>
    </message>
    <message>
        <source>recover a workstation</source>
        <translation>استعادة محطة عمل</translation>
    </message>
    <message>
        <source>the central server refused this: {detail}</source>
        <translation>رفض الخادم المركزي هذا الإجراء: {detail}</translation>
    </message>
    <message>
        <source>the civil-registry record contradicts the submitted data</source>
        <translation>قيد السجل المدني يخالف البيانات المقدَّمة</translation>
    </message>
    <message>
        <source>spelling variants were not confirmed</source>
        <translation>لم تُؤكَّد الفروق الإملائية</translation>
    </message>
    <message>
        <source>the workstation did not say which spelling variants were confirmed</source>
        <translation>لم تذكر محطة العمل أيَّ الفروق الإملائية أُكِّدت</translation>
    </message>
    <message>
        <source>the civil-registry record was not fetched under the lease</source>
        <translation>لم يُستخرج قيد السجل المدني في أثناء حجز المعاملة</translation>
    </message>
    <message>
        <source>the request&apos;s fee was not in the paid state</source>
        <translation>لم يكن رسم المعاملة مدفوعًا</translation>
    </message>
    <message>
        <source>log in first: this call needs a bearer token</source>
        <translation>سجّل الدخول أولًا: يتطلب هذا الإجراء جلسة دخول</translation>
    </message>
    <message>
        <source>unknown token: log in again</source>
        <translation>الجلسة غير معروفة: سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>the session has expired: log in again</source>
        <translation>انتهت صلاحية الجلسة: سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>this account is disabled</source>
        <translation>هذا الحساب معطَّل</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>the session was left unused for too long: log in again</source>
        <translation>بقيت الجلسة دون استخدام مدة طويلة: سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>the session was ended (logged out, or the password changed): log in again</source>
        <translation>أُنهيت الجلسة (بتسجيل الخروج أو بتغيير كلمة المرور): سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>too many failed log-ins: wait {seconds} seconds before trying again</source>
        <translation>محاولات دخول فاشلة كثيرة: انتظر {seconds} ثانية قبل المحاولة من جديد</translation>
    </message>
    <message>
        <source>this account is locked after too many failed log-ins: a shift supervisor of its center can unlock it</source>
        <translation>قُفل هذا الحساب بعد محاولات دخول فاشلة كثيرة: يستطيع مشرف الوردية في مركزه فكّ قفله</translation>
    </message>
    <message>
        <source>the current password is not right</source>
        <translation>كلمة المرور الحالية غير صحيحة</translation>
    </message>
    <message>
        <source>the new password needs at least {min} characters</source>
        <translation>يجب ألا تقل كلمة المرور الجديدة عن {min} محرفًا</translation>
    </message>
    <message>
        <source>the new password is the same as the current one</source>
        <translation>كلمة المرور الجديدة مطابقة للحالية</translation>
    </message>
    <message>
        <source>no user {username}</source>
        <translation>لا يوجد مستخدم باسم {username}</translation>
    </message>
    <message>
        <source>user {username} belongs to another center, not to yours</source>
        <translation>المستخدم {username} يتبع مركزًا آخر لا مركزك</translation>
    </message>
    <message>
        <source>the account {username} is not locked</source>
        <translation>الحساب {username} غير مقفل</translation>
    </message>
    <message>
        <source>only a {role} may {action}; you are a {your_role}</source>
        <translation>لا يحق {action} إلا لمستخدم بصفة {role}؛ وصفتك {your_role}</translation>
    </message>
    <message>
        <source>request {request_id} belongs to center {center}, not to your center {your_center}</source>
        <translation>المعاملة {request_id} تتبع المركز {center}، لا مركزك {your_center}</translation>
    </message>
    <message>
        <source>a clerk sees only their own workstation&apos;s ledger, not that of {workstation}</source>
        <translation>لا يرى الموظف إلا سجل طباعة محطته، لا سجل المحطة {workstation}</translation>
    </message>
    <message>
        <source>workstation key {key_id} belongs to center {center}, not to your center {your_center}</source>
        <translation>مفتاح المحطة {key_id} يتبع المركز {center}، لا مركزك {your_center}</translation>
    </message>
    <message>
        <source>the civil registry answers only about the subject of a request you hold under a live lease: open the request first</source>
        <translation>لا يجيب السجل المدني إلا عن صاحب العلاقة في معاملة تعمل عليها الآن بحجز ساري: افتح المعاملة أولاً</translation>
    </message>
    <message>
        <source>entry {entry} of the audit log of workstation {workstation} was written by {actor}: only {username}&apos;s own entries can be sent with {username}&apos;s log-in</source>
        <translation>القيد {entry} من سجل تدقيق المحطة {workstation} كتبه {actor}: لا تُرسل بدخول {username} إلا القيود التي كتبها {username} نفسه</translation>
    </message>
    <message>
        <source>entry {entry} of the audit log names workstation {recorded}, not {workstation}, the workstation of this log-in</source>
        <translation>القيد {entry} من سجل التدقيق يذكر المحطة {recorded}، لا {workstation} محطة هذا الدخول</translation>
    </message>
    <message>
        <source>log in with this workstation&apos;s name to send its audit log</source>
        <translation>سجّل الدخول باسم هذه المحطة لإرسال سجل التدقيق الخاص بها</translation>
    </message>
    <message>
        <source>no request {request_id}</source>
        <translation>لا توجد معاملة برقم {request_id}</translation>
    </message>
    <message>
        <source>center {center} has no signing key</source>
        <translation>لا يوجد مفتاح توقيع للمركز {center}</translation>
    </message>
    <message>
        <source>no person with this national number in the registry</source>
        <translation>لا يوجد في السجل المدني شخص بهذا الرقم الوطني</translation>
    </message>
    <message>
        <source>request {request_id} is a fast service: the center issues its document, no issuing body sends one</source>
        <translation>المعاملة {request_id} خدمة سريعة: يُصدر المركز وثيقتها، ولا ترسلها أي جهة مصدرة</translation>
    </message>
    <message>
        <source>{body} has not answered request {request_id} yet: it cannot be printed until the body&apos;s document arrives</source>
        <translation>لم تردّ {body} على المعاملة {request_id} بعد: لا يمكن طباعتها قبل وصول وثيقة الجهة المصدرة</translation>
    </message>
    <message>
        <source>request {request_id} has no attachment {attachment_id}</source>
        <translation>لا يوجد مرفق برقم {attachment_id} في المعاملة {request_id}</translation>
    </message>
    <message>
        <source>no workstation key {key_id}</source>
        <translation>لا يوجد مفتاح محطة {key_id}</translation>
    </message>
    <message>
        <source>you have no notice {notice_id}</source>
        <translation>لا يوجد لديك إشعار برقم {notice_id}</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: a request cannot go from {status} to {target}</source>
        <translation>المعاملة {request_id} {status}: لا يمكن نقلها إلى حالة «{target}»</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: it cannot be claimed</source>
        <translation>المعاملة {request_id} {status}: لا يمكن حجزها</translation>
    </message>
    <message>
        <source>request {request_id} is {status}: it has already been decided</source>
        <translation>المعاملة {request_id} {status}: سبق البتّ فيها</translation>
    </message>
    <message>
        <source>request {request_id} is being worked by {holder} ({holder_name}) until {until} UTC</source>
        <translation>المعاملة {request_id} محجوزة للموظف {holder} ({holder_name}) حتى الساعة {until} بالتوقيت العالمي المنسَّق</translation>
    </message>
    <message>
        <source>request {request_id} is being worked by {holder} ({holder_name}), not by you</source>
        <translation>المعاملة {request_id} محجوزة للموظف {holder} ({holder_name})، وليست محجوزة لك</translation>
    </message>
    <message>
        <source>request {request_id} is held by {holder}, not by you: nothing to release</source>
        <translation>المعاملة {request_id} محجوزة للموظف {holder} وليست محجوزة لك: لا يمكنك إعادتها إلى الانتظار</translation>
    </message>
    <message>
        <source>claim request {request_id} before recording this</source>
        <translation>احجز المعاملة {request_id} قبل تسجيل هذا الإجراء</translation>
    </message>
    <message>
        <source>this idempotency key was already used for a different call; use a new key for a new action</source>
        <translation>استُخدم مفتاح منع التكرار هذا من قبل لطلب مختلف؛ استخدم مفتاحًا جديدًا لكل إجراء جديد</translation>
    </message>
    <message>
        <source>request {request_id} goes by post: hand it over in a dispatch</source>
        <translation>المعاملة {request_id} تُرسل بالبريد: سلّمها ضمن بيان إرسال</translation>
    </message>
    <message>
        <source>request {request_id} is for pickup at the center, not for the post</source>
        <translation>المعاملة {request_id} تُستلم من المركز، ولا تُرسل بالبريد</translation>
    </message>
    <message>
        <source>dispatch {batch_id} was already recorded under another key</source>
        <translation>سبق تسجيل بيان الإرسال {batch_id} بمفتاح آخر</translation>
    </message>
    <message>
        <source>request {request_id} has no acceptance to look at</source>
        <translation>لا يوجد قرار قبول للمعاملة {request_id} لتدقيقه</translation>
    </message>
    <message>
        <source>the acceptance of request {request_id} was already checked by {holder}</source>
        <translation>سبق أن دقَّق {holder} قبول المعاملة {request_id}</translation>
    </message>
    <message>
        <source>workstation key {key_id} was revoked: it cannot be approved again; the workstation enrolls a new key at its next log-in</source>
        <translation>أُلغي مفتاح المحطة {key_id}: لا يمكن الموافقة عليه مجدداً؛ تسجّل المحطة مفتاحاً جديداً عند تسجيل الدخول التالي</translation>
    </message>
    <message>
        <source>this public key is already enrolled as workstation key {key_id}</source>
        <translation>هذا المفتاح العام مسجّل من قبل بوصفه مفتاح المحطة {key_id}</translation>
    </message>
    <message>
        <source>request {request_id} cannot be accepted: you have not fetched its civil-registry record since you claimed it. Open the request again</source>
        <translation>لا يمكن قبول المعاملة {request_id}: لم تستخرج قيد صاحب العلاقة من السجل المدني منذ حجزتها. افتح المعاملة مرة أخرى</translation>
    </message>
    <message>
        <source>this workstation did not say which spelling variants the clerk confirmed ({names}): update Clerk Desk, then accept again</source>
        <translation>لم تُبلغ هذه المحطة بفروق الإملاء التي أكّدها الموظف ({names}): حدّث برنامج مكتب الموظف ثم أعد القبول</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} now has {count} entries, but the server already received {held}: entries were deleted</source>
        <translation>عدد الإدخالات في سجل التدقيق للمحطة {workstation} الآن {count}، مع أن الخادم استلم منه من قبل إدخالات عددها {held}: حُذفت إدخالات من السجل</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} skips entries {first} to {last}: the server holds up to {held}</source>
        <translation>يتخطى سجل التدقيق للمحطة {workstation} الإدخالات من {first} إلى {last}: لدى الخادم الإدخالات حتى الإدخال {held}</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} says it holds {count} entries, but sends entry number {entry}</source>
        <translation>يذكر سجل التدقيق للمحطة {workstation} أن عدد إدخالاته {count}، لكنه يرسل الإدخال رقم {entry}</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} jumps from entry {previous} to {entry}</source>
        <translation>ينتقل سجل التدقيق للمحطة {workstation} من الإدخال {previous} إلى الإدخال {entry} مباشرة</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} has entry {entry} changed: its hash does not match</source>
        <translation>عُدِّل الإدخال {entry} في سجل التدقيق للمحطة {workstation}: بصمته الرقمية لا تطابق محتواه</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} does not continue at entry {entry}: it does not link to the entry before it (an entry deleted, reordered or rewritten)</source>
        <translation>ينقطع تسلسل سجل التدقيق للمحطة {workstation} عند الإدخال {entry}: لا يرتبط بالإدخال الذي قبله (حُذف إدخال أو غُيِّر ترتيبه أو أُعيدت كتابته)</translation>
    </message>
    <message>
        <source>the audit log of workstation {workstation} has entry {entry} different from the copy the server received: the log was rewritten after it was sent</source>
        <translation>الإدخال {entry} في سجل التدقيق للمحطة {workstation} يختلف عن النسخة التي استلمها الخادم: أُعيدت كتابة السجل بعد إرساله</translation>
    </message>
    <message>
        <source>the input is not valid at {field}</source>
        <translation>البيانات المرسلة غير صالحة في الحقل {field}</translation>
    </message>
    <message>
        <source>invalid cursor: pass back the cursor of a previous page</source>
        <translation>مؤشر الصفحات غير صالح: أعد إرسال المؤشر الذي وصل مع صفحة سابقة</translation>
    </message>
    <message>
        <source>a rejection needs a reason_code</source>
        <translation>يتطلب الرفض اختيار سبب من القائمة</translation>
    </message>
    <message>
        <source>give times with their time zone</source>
        <translation>اذكر الأوقات مع المنطقة الزمنية</translation>
    </message>
    <message>
        <source>the period must be positive and at most {days} days</source>
        <translation>يجب أن تكون المدة موجبة وألا تتجاوز {days} يومًا</translation>
    </message>
    <message>
        <source>the data at {field} goes past the server&apos;s limits: at most {depth} levels deep, {count} values in all, and only finite numbers (whole ones of at most 64 bits)</source>
        <translation>البيانات في الحقل {field} تتجاوز حدود الخادم: {depth} مستوى تداخل على الأكثر، و{count} قيمة في المجموع، وأعداد منتهية فقط (والصحيحة منها في حدود 64 بت)</translation>
    </message>
    <message>
        <source>give a time between the years {first} and {last}</source>
        <translation>اذكر وقتًا بين العامين {first} و{last}</translation>
    </message>
    <message>
        <source>the request body cannot be read as JSON text</source>
        <translation>تعذّرت قراءة البيانات المرسلة: ليست نصًا بالصيغة المتفق عليها</translation>
    </message>
    <message>
        <source>the server has no such address</source>
        <translation>لا يوجد في الخادم عنوان كهذا</translation>
    </message>
    <message>
        <source>this address does not take this kind of call</source>
        <translation>هذا العنوان لا يقبل هذا النوع من الطلبات</translation>
    </message>
    <message>
        <source>invalid Content-Length header</source>
        <translation>ترويسة طول المحتوى غير صالحة</translation>
    </message>
    <message>
        <source>request body too large: the limit is {limit} bytes</source>
        <translation>حجم البيانات المرسلة كبير جدًا: الحد الأقصى {limit} بايت</translation>
    </message>
    <message>
        <source>the user&apos;s center is missing</source>
        <translation>مركز المستخدم غير موجود</translation>
    </message>
    <message>
        <source>the central server cannot be reached</source>
        <translation>تعذّر الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>the server is unavailable ({http_status})</source>
        <translation>الخادم المركزي غير متاح حاليًا ({http_status})</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified ({reason})</source>
        <translation>تعذّر التحقق من شهادة الخادم المركزي ({reason})</translation>
    </message>
    <message>
        <source>the server&apos;s answer is malformed ({fields})</source>
        <translation>ردّ الخادم المركزي غير سليم ({fields})</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large (over {limit} bytes)</source>
        <translation>ردّ الخادم المركزي كبير جدًا (أكثر من {limit} بايت)</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document of {request_id} is not a PDF (the server sent {media_type})</source>
        <translation>وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (أرسل الخادم {media_type})</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document of {request_id} is not a PDF (the server sent no content type)</source>
        <translation>وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (لم يحدد الخادم نوع المحتوى)</translation>
    </message>
    <message>
        <source>the issuing body&apos;s document of {request_id} is not a PDF (no %PDF- header)</source>
        <translation>وثيقة الجهة المصدرة للمعاملة {request_id} ليست ملف PDF (لا تبدأ بترويسة ملفات PDF)</translation>
    </message>
    <message>
        <source>attachment {attachment_id} of {request_id} is not the file the request announced</source>
        <translation>المرفق {attachment_id} من المعاملة {request_id} ليس الملف الذي أعلنت عنه المعاملة</translation>
    </message>
    <message>
        <source>attachment {attachment_id} of {request_id} does not match its announced digest</source>
        <translation>المرفق {attachment_id} من المعاملة {request_id} لا يطابق بصمته الرقمية المُعلنة</translation>
    </message>
    <message>
        <source>the registry answered with the record of another person</source>
        <translation>أعاد السجل المدني قيد شخص آخر</translation>
    </message>
    <message>
        <source>the server answered about another workstation&apos;s key, not this one&apos;s</source>
        <translation>أجاب الخادم المركزي عن مفتاح محطة أخرى، لا عن مفتاح هذه المحطة</translation>
    </message>
    <message>
        <source>the server answered with another workstation&apos;s ledger, not the one asked for</source>
        <translation>أعاد الخادم سجل طباعة محطة أخرى، لا المحطة المطلوبة</translation>
    </message>
    <message>
        <source>this workstation is waiting for the shift supervisor&apos;s approval of its signing key (workstation {workstation}, key {key_id}): it cannot print documents until then; everything else works</source>
        <translation>هذه المحطة بانتظار موافقة مشرف الوردية على مفتاح توقيعها (المحطة {workstation}، المفتاح {key_id}): لا يمكنها طباعة الوثائق قبل الموافقة، وكل ما عدا ذلك يعمل</translation>
    </message>
    <message>
        <source>this workstation has no approved signing key and the central server cannot be reached: it can print once it is enrolled online and a shift supervisor approves</source>
        <translation>لا تملك هذه المحطة مفتاح توقيع موافقاً عليه، والخادم المركزي غير متاح: تستطيع الطباعة بعد تسجيلها والاتصال قائم وموافقة مشرف الوردية</translation>
    </message>
    <message>
        <source>this workstation&apos;s signing certificate is valid from {not_before} to {not_after} (UTC), not at this computer&apos;s time: check the date and time, or log in online to renew it</source>
        <translation>شهادة توقيع هذه المحطة صالحة من {not_before} إلى {not_after} (بالتوقيت العالمي)، لا في الوقت الذي يشير إليه هذا الحاسوب: تحقّق من التاريخ والساعة، أو سجّل الدخول والاتصال قائم لتجديدها</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {hours} h {minutes} min behind the central server&apos;s: lease times cannot be trusted, so no request can be opened. Set the date and time of this computer (or ask the center&apos;s IT support), then try again.</source>
        <translation>ساعة هذا الحاسوب متأخرة {hours} ساعة و{minutes} دقيقة عن ساعة الخادم المركزي: لا يمكن الوثوق بمواعيد انتهاء الحجز، لذا لا يمكن فتح أي معاملة. اضبط التاريخ والوقت في هذا الحاسوب (أو استعن بالدعم الفني في المركز)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {hours} h {minutes} min ahead of the central server&apos;s: lease times cannot be trusted, so no request can be opened. Set the date and time of this computer (or ask the center&apos;s IT support), then try again.</source>
        <translation>ساعة هذا الحاسوب متقدمة {hours} ساعة و{minutes} دقيقة على ساعة الخادم المركزي: لا يمكن الوثوق بمواعيد انتهاء الحجز، لذا لا يمكن فتح أي معاملة. اضبط التاريخ والوقت في هذا الحاسوب (أو استعن بالدعم الفني في المركز)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the audit log of this workstation is empty, but the server already received {held} entries: entries were deleted</source>
        <translation>سجل التدقيق في هذه المحطة فارغ، مع أن الخادم استلم منه من قبل إدخالات عددها {held}: حُذفت إدخالات من السجل</translation>
    </message>
    <message>
        <source>this message cannot be sent as stored</source>
        <translation>لا يمكن إرسال هذا التعديل كما حُفظ</translation>
    </message>
    <message>
        <source>attachment {attachment_id} has not reached this workstation yet: it is fetched with the next pull from the central server</source>
        <translation>المرفق {attachment_id} لم يصل إلى هذه المحطة بعد: يُجلب مع التحديث التالي من الخادم المركزي</translation>
    </message>
    <message>
        <source>this could not be done: {detail}</source>
        <translation>تعذَّر إتمام ذلك: {detail}</translation>
    </message>
    <message>
        <source>the text holds an invisible control or direction-changing character ({character}), which could hide or reorder what its reader sees: remove it</source>
        <translation>يحتوي النص على محرف تحكم غير مرئي أو محرف يغيّر اتجاه الكتابة ({character})، وقد يخفي عن القارئ جزءًا مما كُتب أو يغيّر ترتيبه: احذفه</translation>
    </message>
    <message>
        <source>the text at {field} is not valid Unicode: it holds a lone surrogate</source>
        <translation>النص في الحقل {field} ليس نصًا يونيكود سليمًا: فيه نصف محرف منفرد</translation>
    </message>
    <message>
        <source>log in with this workstation&apos;s name to hold numbers</source>
        <translation>سجّل الدخول باسم هذه المحطة لتُحجز لها الأرقام</translation>
    </message>
    <message>
        <source>the store of workstation {workstation} does not match the central server&apos;s copy: it was lost or replaced. Nothing is printed here until a shift supervisor recovers this workstation</source>
        <translation>مخزن المحطة {workstation} لا يطابق نسخة الخادم المركزي: فُقد أو استُبدل. لا يُطبع شيء هنا حتى يستعيد مشرف الوردية هذه المحطة</translation>
    </message>
    <message>
        <source>number block {block_id} is not one of workstation {workstation}&apos;s</source>
        <translation>مجموعة الأرقام {block_id} ليست من مجموعات المحطة {workstation}</translation>
    </message>
    <message>
        <source>the numbers of series {series} are all used</source>
        <translation>نفدت كل أرقام السلسلة {series}</translation>
    </message>
    <message>
        <source>document number {number} was already issued (request {request_id}): a number is never issued twice</source>
        <translation>رقم الوثيقة {number} صدر من قبل (المعاملة {request_id}): لا يصدر رقم مرتين</translation>
    </message>
    <message>
        <source>tracking number {number} was already issued (request {request_id}): a number is never issued twice</source>
        <translation>رقم التتبع {number} صدر من قبل (المعاملة {request_id}): لا يصدر رقم مرتين</translation>
    </message>
    <message>
        <source>number {number} is not in the blocks the central server reserved for workstation {workstation}</source>
        <translation>الرقم {number} ليس ضمن الأرقام التي حجزها الخادم المركزي للمحطة {workstation}</translation>
    </message>
    <message>
        <source>number {number} belongs to a block of workstation {workstation} closed when its store was lost: it can no longer be issued</source>
        <translation>الرقم {number} من مجموعة أرقام للمحطة {workstation} أُغلقت عند فقدان مخزنها: لم يعد ممكناً إصداره</translation>
    </message>
    <message>
        <source>this workstation has no document numbers left, and the central server cannot be reached to reserve more: nothing was printed. Print again once the link is back</source>
        <translation>لم يبقَ لهذه المحطة أرقام وثائق، وتعذّر الوصول إلى الخادم المركزي لحجز المزيد: لم يُطبع شيء. أعد الطباعة حين يعود الاتصال</translation>
    </message>
    <message>
        <source>this workstation has no tracking numbers left, and the central server cannot be reached to reserve more: nothing was printed. Print again once the link is back</source>
        <translation>لم يبقَ لهذه المحطة أرقام تتبع، وتعذّر الوصول إلى الخادم المركزي لحجز المزيد: لم يُطبع شيء. أعد الطباعة حين يعود الاتصال</translation>
    </message>
    <message>
        <source>this workstation&apos;s store was lost or replaced: nothing is printed here until a shift supervisor recovers it</source>
        <translation>فُقد مخزن هذه المحطة أو استُبدل: لا يُطبع شيء هنا حتى يستعيدها مشرف الوردية</translation>
    </message>
    <message>
        <source>the workstation&apos;s store {path} was deleted or replaced while Clerk Desk ran: nothing more is recorded or printed here. Close Clerk Desk; at the next start a shift supervisor recovers this workstation</source>
        <translation>حُذف مخزن المحطة {path} أو استُبدل أثناء عمل البرنامج: لا يُسجَّل ولا يُطبع هنا شيء بعد الآن. أغلق البرنامج؛ وعند تشغيله من جديد يستعيد مشرف الوردية هذه المحطة</translation>
    </message>
    <message>
        <source>the payment gateway knows no receipt {reference}</source>
        <translation>لا تعرف بوابة الدفع إيصالًا برقم {reference}</translation>
    </message>
    <message>
        <source>receipt {reference} is for {paid} Syrian pounds; the fee of the service is {fee}</source>
        <translation>الإيصال {reference} بمبلغ {paid} ليرة سورية، ورسم الخدمة {fee}</translation>
    </message>
    <message>
        <source>receipt {reference} already paid for another request</source>
        <translation>الإيصال {reference} دُفع به لمعاملة أخرى</translation>
    </message>
    <message>
        <source>service {service} had no fee at the time of submission</source>
        <translation>لم يكن للخدمة {service} رسم محدد وقت تقديم الطلب</translation>
    </message>
    <message>
        <source>portal submission {portal_ref} was already received with other content</source>
        <translation>سبق استلام الطلب {portal_ref} من البوابة بمضمون آخر</translation>
    </message>
    <message>
        <source>this call is the portal&apos;s and its gateway&apos;s only</source>
        <translation>هذا الطلب مقصور على البوابة الإلكترونية وبوابة الدفع</translation>
    </message>
    <message>
        <source>there is no center {center}</source>
        <translation>لا يوجد مركز {center}</translation>
    </message>
    <message>
        <source>the payment gateway cannot be reached to cancel the refund: try again</source>
        <translation>تعذّر الوصول إلى بوابة الدفع لإلغاء ردّ الرسم: حاول مجددًا</translation>
    </message>
    <message>
        <source>the refund of request {request_id} was already executed: it cannot be cancelled</source>
        <translation>نُفّذ ردّ رسم المعاملة {request_id}: لا يمكن إلغاؤه</translation>
    </message>
    <message>
        <source>request {request_id} has no payment</source>
        <translation>لا دفعة مسجَّلة للمعاملة {request_id}</translation>
    </message>
    <message>
        <source>this call is for the post&apos;s tracking feed or the SMS gateway: their key is missing or wrong</source>
        <translation>هذا الطلب مخصص لتغذية تتبّع البريد أو لبوابة الرسائل القصيرة: مفتاحهما مفقود أو خاطئ</translation>
    </message>
    <message>
        <source>the post&apos;s event {event_id} was already received with other content</source>
        <translation>وصل حدث البريد {event_id} من قبل بمحتوى آخر</translation>
    </message>
    <message>
        <source>the SMS gateway reported on message {gateway_id}, which was not sent from here</source>
        <translation>أبلغت بوابة الرسائل القصيرة عن الرسالة {gateway_id}، ولم تُرسل من هنا</translation>
    </message>
    <message>
        <source>only the subject, the requester, or an attorney whose power of attorney is among the request&apos;s papers may collect the envelope of request {request_id}</source>
        <translation>لا يستلم ظرف المعاملة {request_id} إلا صاحب العلاقة أو طالب الخدمة أو وكيل وكالته مرفقة بأوراق المعاملة</translation>
    </message>
    <message>
        <source>write the collector&apos;s name as on their identity document</source>
        <translation>اكتب اسم المستلم كما في وثيقة إثبات شخصيته</translation>
    </message>
    <message>
        <source>a Syrian national identity card carries an 11-digit national number</source>
        <translation>تحمل البطاقة الشخصية السورية رقمًا وطنيًا من 11 خانة</translation>
    </message>
    <message>
        <source>a passport number has 6 to 12 letters and digits</source>
        <translation>رقم جواز السفر من 6 إلى 12 حرفًا ورقمًا</translation>
    </message>
    <message>
        <source>the national number on the identity card is not the subject&apos;s national number on request {request_id}: the envelope is not handed over</source>
        <translation>الرقم الوطني في البطاقة الشخصية ليس الرقم الوطني لصاحب العلاقة في المعاملة {request_id}: لا يُسلَّم الظرف</translation>
    </message>
    <message>
        <source>request {request_id} has no power of attorney among its papers: an attorney cannot collect its envelope</source>
        <translation>لا توجد وكالة بين أوراق المعاملة {request_id}: لا يستطيع وكيل استلام ظرفها</translation>
    </message>
    <message>
        <source>paper {attachment} is not a power of attorney of request {request_id}</source>
        <translation>الورقة {attachment} ليست وكالة من أوراق المعاملة {request_id}</translation>
    </message>
    <message>
        <source>write the number and the date of the power of attorney</source>
        <translation>اكتب رقم الوكالة وتاريخها</translation>
    </message>
    <message>
        <source>the power of attorney&apos;s date must be a past date, not {date}</source>
        <translation>يجب أن يكون تاريخ الوكالة تاريخًا مضى، لا {date}</translation>
    </message>
    <message>
        <source>the workstation did not say who collects the envelope of request {request_id} and with which identity document: update it and hand the envelope over again</source>
        <translation>لم تذكر محطة العمل من يستلم ظرف المعاملة {request_id} ولا وثيقة إثبات شخصيته: حدِّثها ثم سلّم الظرف من جديد</translation>
    </message>
    <message>
        <source>every slot of the pickup shelf is taken: hand some envelopes over first</source>
        <translation>كل خانات رف الاستلام مشغولة: سلّم بعض الظروف أولًا</translation>
    </message>
</context>
<context>
    <name>ScannedModel</name>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>ServiceClass</name>
    <message>
        <source>fast</source>
        <translation>سريعة</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>بطيئة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Address of the central server</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <source>A certificate authority file to trust for the central server (empty: the system&apos;s)</source>
        <translation>ملف جهة التصديق الموثوقة للخادم المركزي (فارغ: شهادات النظام)</translation>
    </message>
    <message>
        <source>This counter&apos;s short name, printed in document numbers</source>
        <translation>الاسم المختصر لهذه النافذة، يُطبع في أرقام الوثائق</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Digits on the screen and on the printed page</source>
        <translation>الأرقام على الشاشة وعلى الورقة المطبوعة</translation>
    </message>
    <message>
        <source>Seconds between pulls of new requests</source>
        <translation>الثواني بين كل جلبٍ للمعاملات الجديدة</translation>
    </message>
    <message>
        <source>Printer for documents and envelopes (empty: the default)</source>
        <translation>الطابعة المستخدمة للوثائق والظروف (فارغ: الطابعة الافتراضية)</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>قياس الظرف</translation>
    </message>
    <message>
        <source>Two-letter UPU service indicator for registered post</source>
        <translation>رمز خدمة البريد المسجل (حرفان وفق الاتحاد البريدي العالمي)</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation>الدقائق دون استخدام قبل قفل النافذة</translation>
    </message>
    <message>
        <source>Percent of acceptances drawn for the supervisor&apos;s second look</source>
        <translation>نسبة المعاملات المقبولة المختارة لتدقيق المشرف الثاني</translation>
    </message>
    <message>
        <source>Minutes a fast-service request may wait before it is marked late</source>
        <translation>الدقائق المسموح بها لمعاملة الخدمات السريعة قبل اعتبارها متأخرة</translation>
    </message>
    <message>
        <source>Minutes a slow-service request may wait before it is marked late</source>
        <translation>الدقائق المسموح بها لمعاملة الخدمات البطيئة قبل اعتبارها متأخرة</translation>
    </message>
    <message>
        <source>Days an envelope may wait on the pickup shelf before the shelf report lists it</source>
        <translation>عدد الأيام التي ينتظرها الظرف على رف الاستلام قبل أن يُدرج في تقرير الرف</translation>
    </message>
    <message>
        <source>Days after a request is done here (sent off, rejection upheld, withdrawn) before its data and PDFs are deleted</source>
        <translation>الأيام بعد انتهاء المعاملة في هذه المحطة (إرسالها أو تثبيت رفضها أو سحبها) قبل حذف بياناتها وملفاتها</translation>
    </message>
    <message>
        <source>The settings cannot be read</source>
        <translation>تعذّرت قراءة الإعدادات</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read, so the server&apos;s address, the printer and the tracking range it holds are unknown.</source>
        <translation>تعذّرت قراءة ملف الإعدادات %1، فعنوان الخادم والطابعة ومجال أرقام التتبع المحفوظة فيه غير معروفة.</translation>
    </message>
    <message>
        <source>Start with the default settings? A copy of the file is kept beside it for the center&apos;s technician. Or close and ask the technician first.</source>
        <translation>هل تبدأ بالإعدادات الافتراضية؟ تُحفظ نسخة من الملف بجانبه لفنّي المركز. أو أغلق البرنامج واسأل الفنّي أولًا.</translation>
    </message>
    <message>
        <source>Keep a copy and start with defaults</source>
        <translation>احفظ نسخة وابدأ بالإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Close without starting</source>
        <translation>أغلق دون البدء</translation>
    </message>
</context>
<context>
    <name>ShelfModel</name>
    <message>
        <source>Shelf slot</source>
        <translation>خانة الرف</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>أيام الانتظار</translation>
    </message>
</context>
<context>
    <name>ShelfPanel</name>
    <message>
        <source>Pickup shelf</source>
        <translation>رف الاستلام</translation>
    </message>
    <message>
        <source>Scan an envelope the post brought back</source>
        <translation>امسح ظرفًا أعاده البريد</translation>
    </message>
    <message>
        <source>Scan the envelope a citizen collects</source>
        <translation>امسح الظرف الذي يستلمه المواطن</translation>
    </message>
    <message>
        <source>Print the slot on the envelope</source>
        <translation>اطبع الخانة على الظرف</translation>
    </message>
    <message>
        <source>Envelopes waiting too long</source>
        <translation>الظروف المنتظرة طويلًا</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>حفظ بصيغة CSV</translation>
    </message>
    <message>
        <source>Envelope of %1 shelved in slot %2; the citizen is told.</source>
        <translation>وُضع ظرف المعاملة %1 في خانة الرف %2؛ وأُبلغ المواطن.</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) waiting longer than %1 days</source>
        <translation>
            <numerusform>لا ظروف تنتظر أكثر من %1 يومًا</numerusform>
            <numerusform>ظرف واحد ينتظر أكثر من %1 يومًا</numerusform>
            <numerusform>ظرفان ينتظران أكثر من %1 يومًا</numerusform>
            <numerusform>%n ظروف تنتظر أكثر من %1 يومًا</numerusform>
            <numerusform>%n ظرفًا ينتظر أكثر من %1 يومًا</numerusform>
            <numerusform>%n ظرف ينتظر أكثر من %1 يومًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Size</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>assigned</source>
        <translation>مُسندة</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>قيد التدقيق</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>مختومة</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>مُسلَّمة إلى البريد</translation>
    </message>
    <message>
        <source>delivered by the post</source>
        <translation>سلّمها البريد</translation>
    </message>
    <message>
        <source>returned by the post</source>
        <translation>أعادها البريد</translation>
    </message>
    <message>
        <source>awaiting pickup</source>
        <translation>بانتظار الاستلام</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>rejection upheld</source>
        <translation>الرفض مُثبَّت</translation>
    </message>
    <message>
        <source>rejection overturned</source>
        <translation>الرفض مُلغى</translation>
    </message>
    <message>
        <source>released</source>
        <translation>مُعادة للتوزيع</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
</context>
<context>
    <name>SupervisorTabs</name>
    <message>
        <source>Recorded for %1.</source>
        <translation>سُجِّل للمعاملة %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>The training gateway</source>
        <translation>بوابة التدريب</translation>
    </message>
</context>
<context>
    <name>Withdrawals</name>
    <message numerus="yes">
        <source>%n request(s) withdrawn: the payment gateway reversed the citizen&apos;s payment of the fee</source>
        <translation>
            <numerusform>لم تُسحب أي معاملة</numerusform>
            <numerusform>سُحبت معاملة واحدة: ألغت بوابة الدفع دفعة المواطن لرسمها</numerusform>
            <numerusform>سُحبت معاملتان: ألغت بوابة الدفع دفعة المواطن لرسمهما</numerusform>
            <numerusform>سُحبت %n معاملات: ألغت بوابة الدفع دفعات المواطنين لرسومها</numerusform>
            <numerusform>سُحبت %n معاملة: ألغت بوابة الدفع دفعات المواطنين لرسومها</numerusform>
            <numerusform>سُحبت %n معاملة: ألغت بوابة الدفع دفعات المواطنين لرسومها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) withdrawn by the central server</source>
        <translation>
            <numerusform>لم يسحب الخادم المركزي أي معاملة</numerusform>
            <numerusform>سحب الخادم المركزي معاملة واحدة</numerusform>
            <numerusform>سحب الخادم المركزي معاملتين</numerusform>
            <numerusform>سحب الخادم المركزي %n معاملات</numerusform>
            <numerusform>سحب الخادم المركزي %n معاملة</numerusform>
            <numerusform>سحب الخادم المركزي %n معاملة</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>WorkstationsPanel</name>
    <message>
        <source>A new workstation prints only after a shift supervisor approves its key. Revoke a lost or stolen workstation: what it signs from then on does not verify; its earlier documents still do.</source>
        <translation>لا تطبع المحطة الجديدة إلا بعد موافقة مشرف الوردية على مفتاحها. ألغِ مفتاح المحطة المفقودة أو المسروقة: ما توقّعه بعد الإلغاء لا يصح، وتبقى وثائقها السابقة صحيحة.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء المفتاح…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Revoke workstation</source>
        <translation>إلغاء مفتاح المحطة</translation>
    </message>
    <message>
        <source>Revoke workstation %1? It can no longer sign documents; what it signs from now on does not verify.</source>
        <translation>هل تلغي مفتاح المحطة %1؟ لن تستطيع توقيع الوثائق، وما توقّعه من الآن لا يصح.</translation>
    </message>
    <message>
        <source>Revoke the workstation</source>
        <translation>أبطل المحطة</translation>
    </message>
</context>
<context>
    <name>WorkstationsTab</name>
    <message>
        <source>Workstation %1 approved: it can print now.</source>
        <translation>تمت الموافقة على المحطة %1: تستطيع الطباعة الآن.</translation>
    </message>
    <message>
        <source>Workstation %1 revoked.</source>
        <translation>أُلغي مفتاح المحطة %1.</translation>
    </message>
</context>
</TS>
