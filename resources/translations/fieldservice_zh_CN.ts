<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/badges.py" line="+65"/>
        <source>Covered · in warranty</source>
        <translation>免费保修 · 保修期内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chargeable · %s</source>
        <translation>收费 · %s</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="+27"/>
        <source>Received</source>
        <translation>已接修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Ready for pickup</source>
        <translation>待取机</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../ui/repairs/clock.py" line="+18"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/repairs/clock.py" line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive maintenance</source>
        <translation>预防性维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault repair</source>
        <translation>故障维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return / refund</source>
        <translation>退货 / 退款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service period</source>
        <translation>服务期（收费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty expired</source>
        <translation>已过保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty void</source>
        <translation>保修失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start diagnosis</source>
        <translation>开始检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to approve</source>
        <translation>请客户确认报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start repair</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair done: quality check</source>
        <translation>维修完成，送质检</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand back to the customer</source>
        <translation>交付客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to diagnosis</source>
        <translation>退回检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts here: repair</source>
        <translation>备件已到，开始维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: repair</source>
        <translation>客户已确认，开始维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined: return unrepaired…</source>
        <translation>客户拒绝，不修退回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: back to repair</source>
        <translation>质检未通过，退回维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed: ready for pickup</source>
        <translation>质检通过，待取机</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Serial %s has no warranty registration: repairs are chargeable.</source>
        <translation>序列号 %s 没有保修登记，维修需收费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty void: %s. Repairs are chargeable.</source>
        <translation>保修失效：%s。维修需收费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty until %s (%s days left).</source>
        <translation>保修期至 %s（剩余 %s 天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty ended %s; service period (chargeable) until %s.</source>
        <translation>保修已于 %s 到期；服务期（收费）至 %s。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty and service period ended %s.</source>
        <translation>保修期和服务期已于 %s 结束。</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/clock.py" line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue %s</source>
        <translation>逾期 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s left</source>
        <translation>剩余 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed back %s.</source>
        <translation>已于 %s 交付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>已取消：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready since %s.</source>
        <translation>自 %s 起待取机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clock stopped while waiting for the customer (since %s).</source>
        <translation>等待客户期间计时暂停（自 %s 起）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue by %s · the repair was due %s</source>
        <translation>已逾期 %s · 应于 %s 修复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s left · due %s</source>
        <translation>剩余 %s · %s 到期</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+183"/>
        <source>Request a part</source>
        <translation>申请备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue a part</source>
        <translation>备件出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a part out of stock for this order.</source>
        <translation>为此工单从库存领用备件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return a part</source>
        <translation>备件退库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/documents.py" line="+25"/>
        <source>Work order (A4)</source>
        <translation>工单（A4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A5)</source>
        <translation>工单（A5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 62 mm</source>
        <translation>标签 62 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 57 × 32 mm</source>
        <translation>标签 57 × 32 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake receipt</source>
        <translation>接修单</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+27"/>
        <source>About fieldservice</source>
        <translation>关于 fieldservice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After-sales service: repairs, warranty, spare parts and maintenance, for service centres working offline with head-office sync.</source>
        <translation>售后服务管理：维修、保修、备件与维护，适用于离线工作、与总部同步的服务中心。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these details, e.g. to send them to support</source>
        <translation>复制这些信息，例如发送给技术支持</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not set up yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (up to date)</source>
        <translation>%s（已是最新）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (this version knows up to %s)</source>
        <translation>%s（此版本最高支持到 %s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
</context>
<context>
    <name>AdjustForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="+448"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>调整数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Add to stock (found)</source>
        <translation>+ 增加库存（找到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− Take off stock (damaged, lost)</source>
        <translation>− 减少库存（损坏、丢失）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part&apos;s default bin</source>
        <translation>备件的默认货位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: what happened</source>
        <translation>必填：说明发生了什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="+320"/>
        <source>Amend registration</source>
        <translation>更正登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend %s</source>
        <translation>更正 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct what was recorded wrongly. Each change is kept in the history with the old value and your reason.</source>
        <translation>更正登记错误的内容。每项修改都会连同原值和您填写的原因记入历史。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice reference</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: e.g. the date on the invoice is the 14th</source>
        <translation>原因：例如发票上的日期是 14 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="+73"/>
        <source>Assign complaint</source>
        <translation>指派投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign %s</source>
        <translation>指派 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/warranty/certificates.py" line="+40"/>
        <source>Print certificates</source>
        <translation>打印保修卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print certificates in a batch</source>
        <translation>批量打印保修卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a delivery by dealer, invoice or registration dates. Every matching certificate is written into one PDF, one per page.</source>
        <translation>按经销商、发票或登记日期选择一批出货。所有符合条件的保修卡将生成到一个 PDF 中，每页一张。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any dealer</source>
        <translation>任意经销商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any invoice</source>
        <translation>任意发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice reference</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PDF…</source>
        <translation>生成 PDF…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Correct the registration dates to count the certificates.</source>
        <translation>请更正登记日期，以便统计保修卡数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a dealer, an invoice or registration dates.</source>
        <translation>请选择经销商、发票或登记日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No registration matches this choice.</source>
        <translation>没有符合条件的登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 certificate matches.</source>
        <translation>1 张保修卡符合条件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates match.</source>
        <translation>{n} 张保修卡符合条件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write certificates to</source>
        <translation>将保修卡保存到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No registration matches this choice any more: nothing was written.</source>
        <translation>已没有符合条件的登记：未生成任何文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing warranty certificates…</source>
        <translation>正在生成保修卡…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 certificate written to %s.</source>
        <translation>已将 1 张保修卡生成到 %s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates written to %s.</source>
        <translation>已将 {n} 张保修卡生成到 %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open preview</source>
        <translation>打开预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: no file was written.</source>
        <translation>已停止：未生成任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: %s</source>
        <translation>无法读取该文件：%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty certificates</source>
        <translation>保修卡</translation>
    </message>
</context>
<context>
    <name>BookVisitDialog</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="+274"/>
        <source>Book a visit</source>
        <translation>预约上门服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a visit for 1 unit</source>
        <translation>为 1 台设备预约上门服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book one visit for {n} units</source>
        <translation>为 {n} 台设备预约一次上门服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each unit gets its own on-site maintenance order with the plan&apos;s checklist; the orders share this visit&apos;s time and technician.</source>
        <translation>每台设备各生成一张上门维护工单，附带计划的检查清单；这些工单共用本次上门服务的时间和技术员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book visit</source>
        <translation>预约上门服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No address recorded</source>
        <translation>未登记地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These units are at %d different addresses, and a visit is at one address. Choose units at one address, or book one address at a time.</source>
        <translation>这些设备位于 %d 个不同地址，而一次上门服务只能去一个地址。请选择同一地址的设备，或每次为一个地址预约。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A visit is already booked for %s.</source>
        <translation>%s 已预约上门服务。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the day of the visit.</source>
        <translation>请填写上门服务日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who makes the visit.</source>
        <translation>请指定上门的技术员。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/followups/calls.py" line="+186"/>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>very unhappy</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very happy</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translation>完全不会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>certainly</source>
        <translation>一定会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very easy</source>
        <translation>非常容易</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very hard</source>
        <translation>非常困难</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How satisfied were you with the service? (CSAT)</source>
        <translation>您对本次服务满意吗？（CSAT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would you recommend us to a friend? (NPS)</source>
        <translation>您会向朋友推荐我们吗？（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How easy was it to get it sorted? (effort)</source>
        <translation>问题解决的过程容易吗？（费力度）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer said, in their words</source>
        <translation>记录客户的原话</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save call</source>
        <translation>保存回访</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No owner recorded</source>
        <translation>未登记客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %s · unit %s · try %d of %d</source>
        <translation>工单 %s · 设备 %s · 第 %d 次（共 %d 次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written on the order.</source>
        <translation>工单上未填写处理内容。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save: not reached</source>
        <translation>保存：未接通</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location line="+50"/>
        <source>No calls to make today</source>
        <translation>今天没有要回访的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call is planned some days after each order is handed back; it shows here on its day.</source>
        <translation>每张工单交付后若干天会安排一次回访，到期当天显示在这里。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a call</source>
        <translation>选择回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a customer from the list to call.</source>
        <translation>从列表中选择要回访的客户。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 call to make</source>
        <translation>1 个待回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} calls to make</source>
        <translation>{n} 个待回访</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say whether the customer answered.</source>
        <translation>请选择是否接通。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%s not reached: the call is moved to %s (try %d of %d).</source>
        <translation>%s 未接通：回访已改至 %s（第 %d 次，共 %d 次）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s not reached after %d tries: the call is closed.</source>
        <translation>%s 拨打 %d 次均未接通：回访已结束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call with %s saved. The customer is unhappy.</source>
        <translation>与 %s 的回访已保存。客户不满意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call with %s saved. Thank you!</source>
        <translation>与 %s 的回访已保存。谢谢！</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About order %s of %s (unit %s).</source>
        <translation>关于工单 %s（客户：%s，设备：%s）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no owner</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaint %s opened.</source>
        <translation>投诉 %s 已登记。</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="+400"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels for the selected parts, or for a bin</source>
        <translation>为所选备件或某个货位打印标签</translation>
    </message>
</context>
<context>
    <name>ChargesPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+78"/>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered by the warranty</source>
        <translation>保修承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="-44"/>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the customer complains about</source>
        <translation>客户投诉的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who looks into it (optional)</source>
        <translation>由谁处理（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/followups/complaints.py" line="+117"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer said</source>
        <translation>客户反映</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a complaint</source>
        <translation>选择投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its details show here.</source>
        <translation>详情将显示在这里。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 complaint</source>
        <translation>1 条投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} complaints</source>
        <translation>{n} 条投诉</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unresolved complaints</source>
        <translation>没有未解决的投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint recorded has been resolved.</source>
        <translation>所有已登记的投诉均已解决。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No complaints</source>
        <translation>暂无投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints come from follow-up calls or are recorded with New complaint…</source>
        <translation>投诉来自回访，也可通过“新建投诉…”登记。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%s resolved.</source>
        <translation>%s 已结案。</translation>
    </message>
</context>
<context>
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="+23"/>
        <location line="+3"/>
        <source>Complete visit</source>
        <translation>完成上门服务</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Complete visit %s</source>
        <translation>完成上门服务 %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%s · due %s · %s</source>
        <translation>%s · 到期 %s · %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This plan has no checklist.</source>
        <translation>此计划没有检查清单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The next service is counted from this reading (due at %s).</source>
        <translation>下次维护从此读数起算（读数达 %s 时到期）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter reading</source>
        <translation>计量读数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was found or left for next time</source>
        <translation>发现的问题或留待下次处理的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <location filename="../../ui/parts/count.py" line="+157"/>
        <source>Start a count</source>
        <translation>发起盘点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count sheet lists what the books say for each part and bin of the location. Scan each part on the shelf and enter what you find; parts not on the sheet are added as you scan them.</source>
        <translation>盘点表列出该库位每个备件、每个货位的账面数量。逐一扫描货架上的备件并录入实盘数；不在盘点表上的备件扫描后会自动加入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First bin (optional)</source>
        <translation>起始货位（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bin (optional)</source>
        <translation>结束货位（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>From bin</source>
        <translation>起始货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bin</source>
        <translation>结束货位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counts in progress</source>
        <translation>进行中的盘点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue counting</source>
        <translation>继续盘点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bins</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>No count in progress</source>
        <translation>没有进行中的盘点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a count of a location, or of a range of its bins, on the left.</source>
        <translation>请在左侧对某个库位或其中一段货位发起盘点。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s of %s lines</source>
        <translation>%s / %s 行</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All counts</source>
        <translation>所有盘点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel count…</source>
        <translation>取消盘点…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post count…</source>
        <translation>盘点过账…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan or type the part number</source>
        <translation>扫码或输入备件编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default bin</source>
        <translation>默认货位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part number</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a part&apos;s label: the cursor moves to Counted; Enter records the line and returns to the part number. Leave Bin empty for the part&apos;s default bin.</source>
        <translation>扫描备件标签后，光标跳到实盘数；按 Enter 记录该行并回到备件编号。货位留空即为该备件的默认货位。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lines not counted are left as they are when the count is posted: they are not set to zero.</source>
        <translation>过账时，未盘点的行保持原样，不会清零。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Count %s</source>
        <translation>盘点单 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s, bins %s to %s</source>
        <translation>%s，货位 %s 至 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s, every bin</source>
        <translation>%s，全部货位</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+121"/>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>{n} lines</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>1 counted</source>
        <translation>已盘点 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} counted</source>
        <translation>已盘点 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difference</source>
        <translation>差异 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} differences</source>
        <translation>差异 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 not counted</source>
        <translation>未盘点 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} not counted</source>
        <translation>未盘点 {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scan the part&apos;s label or type its number.</source>
        <translation>请扫描备件标签或输入备件编号。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recorded: %s in bin %s, counted %s, on hand %s, difference %s</source>
        <translation>已记录：%s，货位 %s，实盘 %s，账面现有 %s，差异 %s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 line differs from the books: its difference is booked as a count movement.</source>
        <translation>1 行与账面不符：差异将记为盘点调整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} lines differ from the books: their differences are booked as count movements.</source>
        <translation>{n} 行与账面不符：差异将记为盘点调整。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every counted line matches the books: nothing is booked.</source>
        <translation>所有已盘点的行均与账面一致，无需记账。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 line was not counted: it is left as it is, not set to zero.</source>
        <translation>1 行未盘点：保持原样，不会清零。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines were not counted: they are left as they are, not set to zero.</source>
        <translation>{n} 行未盘点：保持原样，不会清零。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post count %s</source>
        <translation>盘点单 %s 过账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post count %s?</source>
        <translation>确定将盘点单 %s 过账？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post count</source>
        <translation>过账</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count %s posted: %s counted, %s left as they were.</source>
        <translation>盘点单 %s 已过账：已盘点 %s，%s（保持原样）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line not counted</source>
        <translation>1 行未盘点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lines not counted</source>
        <translation>{n} 行未盘点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel count %s</source>
        <translation>取消盘点单 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel count %s?</source>
        <translation>确定取消盘点单 %s？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was entered is dropped and nothing is booked. Stock is not changed.</source>
        <translation>已录入的内容将被丢弃，不记任何账，库存不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep counting</source>
        <translation>继续盘点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Count %s cancelled; stock unchanged.</source>
        <translation>盘点单 %s 已取消，库存未变。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/common/cards.py" line="+389"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Register a unit for this customer</source>
        <translation>为该客户登记设备</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a unit to see its repair orders.</source>
        <translation>双击设备可查看其维修工单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible duplicate: %s (%s) has the same phone number. Check whether they are the same customer.</source>
        <translation>可能重复：%s（%s）的电话号码相同。请核实是否为同一客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicate: another customer has the same phone number.</source>
        <translation>可能重复：另一位客户的电话号码相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a duplicate</source>
        <translation>不是重复客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No units registered for this customer.</source>
        <translation>该客户名下没有登记设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s units; the newest %s are listed.</source>
        <translation>%s 台设备，仅列出最新的 %s 台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s units</source>
        <translation>%s 台设备</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/common/customerform.py" line="+34"/>
        <location line="+7"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %s</source>
        <translation>编辑 %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 0113 496 0123 or +49 30 1234567</source>
        <translation>例如：138 0013 8000 或 +86 10 1234 5678</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This phone number is already used by %s (%s).</source>
        <translation>此电话号码已被 %s（%s）使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 other customer has it too.</source>
        <translation>另有 1 位客户也使用此号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other customers have it too.</source>
        <translation>另有 {n} 位客户也使用此号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it is the same person, open their record instead. Families and companies sometimes share a phone: then save anyway, and the new record is marked as a possible duplicate for someone to check.</source>
        <translation>如果是同一个人，请改为打开其现有记录。家人或同一公司有时共用一个电话：这种情况下可以仍然保存，新记录会被标记为“可能重复”，等待人员核实。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="+241"/>
        <source>Name or phone, then Enter</source>
        <translation>输入姓名或电话后按 Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner</source>
        <translation>无机主</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the owner</source>
        <translation>选择机主</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/datefield.py" line="+240"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Enter a date, e.g. %s.</source>
        <translation>请输入日期，例如 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a date. Type it as %2 or %3.</source>
        <translation>“%1”不是有效日期。请按 %2 或 %3 的格式输入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too early: the earliest day is %s.</source>
        <translation>%s 过早：最早可选 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the future.</source>
        <translation>%s 是将来的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s is too late: the last day is %s.</source>
        <translation>%s 过晚：最晚可选 %s。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the date, e.g. %1 or %2.</source>
        <translation>请输入日期，例如 %1 或 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T: today · Y: yesterday · Up/Down: a day later/earlier · Alt+Down: calendar</source>
        <translation>T：今天 · Y：昨天 · ↑/↓：后一天/前一天 · Alt+↓：日历</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the field if the date is not known.</source>
        <translation>日期不详时请清空此栏。</translation>
    </message>
</context>
<context>
    <name>DatePopup</name>
    <message>
        <location line="+58"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T in the date field</source>
        <translation>在日期栏中按 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y in the date field</source>
        <translation>在日期栏中按 Y</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="+70"/>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to call customers back</source>
        <translation>何时回访客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders handed back from now on get their call this many days later. Calls already planned keep their day.</source>
        <translation>此后交付的工单将在交付后按此天数安排回访。已安排的回访日期不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days after the order is handed back</source>
        <translation>天后（自工单交付起）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a number of days.</source>
        <translation>请输入天数。</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+91"/>
        <location line="+4"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds made-up customers, a product catalogue and units to this centre, to try the application out. They are saved like real records.</source>
        <translation>向本服务中心添加虚构的客户、产品目录和设备，用于试用本软件。这些数据会像真实记录一样保存。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="+90"/>
        <source>What is in front of you?</source>
        <translation>要查询什么？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A USB scanner works from anywhere in the window: just scan. Press F2 or Ctrl+K to come back to this field.</source>
        <translation>USB 扫码枪在窗口任意位置均可使用：直接扫码即可。按 F2 或 Ctrl+K 可回到此输入框。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready for the next customer</source>
        <translation>准备接待下一位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the QR tag or the serial label of a unit to see its owner and details, or look a customer up by phone number, customer number or name.</source>
        <translation>扫描设备的二维码标签或序列号标签，查看其机主和详细信息；也可按手机号、客户编号或姓名查找客户。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing found for “%s”</source>
        <translation>未找到“%s”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unit has this serial number, and no customer has this phone number, customer number or name. Check the spelling, try fewer words, or register the unit or customer.</source>
        <translation>没有设备使用此序列号，也没有客户匹配此手机号、客户编号或姓名。请检查拼写、减少关键词，或登记该设备或客户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is registered at another centre</source>
        <translation>“%s”登记在其他服务中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown read only, as the head office has it; the record stays there.</source>
        <translation>以只读方式显示总部的记录；记录仍保存在总部。</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../../ui/common/forms.py" line="+247"/>
        <location line="+1"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this window has not been saved.</source>
        <translation>此窗口中输入的内容尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="+51"/>
        <location line="+1"/>
        <source>Printed documents</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders, intake receipts, warranty certificates and labels print in this language, whatever language the screens speak.</source>
        <translation>工单、接修单、保修卡和标签均以此语言打印，与界面语言无关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document language</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Chinese first, English beneath)</source>
        <translation>中英双语（中文在上，英文在下）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conditions of service</source>
        <translation>服务条款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed on the intake receipt in the document&apos;s language. Left empty, the built-in text is printed.</source>
        <translation>以文档语言打印在接修单上。留空则打印内置条款。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Empty: the built-in text is printed.</source>
        <translation>留空：打印内置条款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the built-in text</source>
        <translation>使用内置条款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the built-in text here, to print as it is or to change (Ctrl+Z undoes).</source>
        <translation>在此填入内置条款，可直接打印或加以修改（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <location filename="../../ui/reports/drill.py" line="+46"/>
        <source>Back to the figures</source>
        <translation>返回指标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export list…</source>
        <translation>导出清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order of the list, not only those shown</source>
        <translation>导出清单中的全部工单，不限于显示的部分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click an order to open it.</source>
        <translation>双击工单即可打开。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 order</source>
        <translation>1 张工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 张工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest %1 shown</source>
        <translation>仅显示最新 %1 张</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>接修时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>交付时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>DueListView</name>
    <message>
        <location filename="../../ui/maintenance/duelist.py" line="+145"/>
        <source>Due as of this day</source>
        <translation>截至此日到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next %d days</source>
        <translation>未来 %d 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plans of this unit</source>
        <translation>该设备的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete visit…</source>
        <translation>完成上门服务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book visit…</source>
        <translation>预约上门服务…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more due items at one address (Ctrl+click to add)</source>
        <translation>选择同一地址的一个或多个到期项（按住 Ctrl 单击可多选）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1 overdue</source>
        <translation>逾期 1 项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} overdue</source>
        <translation>逾期 {n} 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 due this week</source>
        <translation>本周到期 1 项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} due this week</source>
        <translation>本周到期 {n} 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 upcoming</source>
        <translation>即将到期 1 项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} upcoming</source>
        <translation>即将到期 {n} 项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing due</source>
        <translation>无到期项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No maintenance is due within %d days of %s for this choice. Plans are added under Unit plans, for one unit or for every unit of a product.</source>
        <translation>按当前筛选，%d 天内（自 %s 起）没有到期的维护。维护计划在“设备计划”中添加，可为单台设备添加，也可为某产品的全部设备添加。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 selected</source>
        <translation>已选 1 项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} selected</source>
        <translation>已选 {n} 项</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/sync/enrol.py" line="+42"/>
        <source>Connect this centre to the head office</source>
        <translation>将本服务中心接入总部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This centre works on its own database and keeps working without a connection. Once it is enrolled, it sends its work to the head office every few minutes and receives the shared catalogue and the other centres&apos; customers.</source>
        <translation>本服务中心使用自己的数据库，断网时也能照常工作。注册（接入总部）后，每隔几分钟会将业务数据发送到总部，并接收共享的产品目录和其他服务中心的客户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>https://headoffice.example.com</source>
        <translation>https://headoffice.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 4F2A9C-0B7D1E-93C0AA</source>
        <translation>例如 4F2A9C-0B7D1E-93C0AA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office address</source>
        <translation>总部服务器地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time code</source>
        <translation>一次性注册码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head office gives this code once, when it adds the centre. It works for one enrolment only.</source>
        <translation>总部添加本服务中心时会提供此码，仅提供一次。此码只能用于一次注册。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrol this centre</source>
        <translation>注册本服务中心</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This centre: %s · %s</source>
        <translation>本服务中心：%s · %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the one-time code from the head office.</source>
        <translation>请输入总部提供的一次性注册码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacting the head office…</source>
        <translation>正在连接总部…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The head office cannot be reached at this address. Check the address and this computer&apos;s connection, then try again.</source>
        <translation>无法通过该地址连接总部。请检查地址和本机的网络连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="+26"/>
        <source>Extend warranty</source>
        <translation>延长保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend %s</source>
        <translation>延长 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service period moves with the warranty&apos;s end.</source>
        <translation>服务期随保修截止日期一同顺延。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. goodwill after a repeated repair</source>
        <translation>例如：多次返修后的特殊延保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The warranty will end on %s instead of %s.</source>
        <translation>保修将于 %s 到期，而不是 %s。</translation>
    </message>
</context>
<context>
    <name>FailureCurve</name>
    <message>
        <location filename="../../ui/reports/chart.py" line="+122"/>
        <source>Failures per 100 units, by month in service</source>
        <translation>每百台故障数（按使用月数）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Month in service</source>
        <translation>使用月数</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../ui/followups/screen.py" line="+42"/>
        <source>Today&apos;s calls</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days after delivery customers are called</source>
        <translation>交付后多少天回访客户</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers are called 1 day after delivery</source>
        <translation>交付 1 天后回访客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers are called {n} days after delivery</source>
        <translation>交付 {n} 天后回访客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers are called on the day of delivery</source>
        <translation>交付当天回访客户</translation>
    </message>
</context>
<context>
    <name>HeadOfficeReports</name>
    <message>
        <location filename="../../ui/reports/headoffice.py" line="+241"/>
        <source>Head-office reports</source>
        <translation>总部报表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>League of the centres</source>
        <translation>服务中心排名</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Head office: %1</source>
        <translation>总部：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the head office…</source>
        <translation>正在向总部查询…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened</source>
        <translation>新开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at end</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnaround
median (h)</source>
        <translation>周转时间
中位数（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnaround
90% (h)</source>
        <translation>周转时间
90%（小时）</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Chain</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>First-time
fix</source>
        <translation>一次
修复率</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 answers</source>
        <translation>%1 份回答</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Repeats
30 days</source>
        <translation>30 天内
重复维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints
per 100</source>
        <translation>每百单
投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty
cost</source>
        <translation>保修
成本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+119"/>
        <source>Figures of the chain</source>
        <translation>全部服务中心的指标</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Figures of</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <location line="+34"/>
        <source>The whole chain</source>
        <translation>全部服务中心</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Compare the centres on</source>
        <translation>对比各服务中心的</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a period: the end cannot come before the start.</source>
        <translation>请选择期间：结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Figures of %1</source>
        <translation>%1的指标</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Each tile is compared with %1.</source>
        <translation>各项指标均与 %1 对比。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 #%2</source>
        <translation>%1 第%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place %1 among the centres (1 is the best)</source>
        <translation>在各服务中心中排第 %1（1 为最佳）</translation>
    </message>
</context>
<context>
    <name>HeadOfficeSignIn</name>
    <message>
        <location line="-564"/>
        <source>Head-office reports</source>
        <translation>总部报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the figures of every centre</source>
        <translation>查看各服务中心的指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The head office gives a reporting token to the people who may read every centre&apos;s figures. The figures are the head office&apos;s, as of the centres&apos; last sync.</source>
        <translation>总部会向有权查看各服务中心指标的人员发放报表令牌。指标来自总部的数据，截至各服务中心最近一次同步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>https://headoffice.example.com</source>
        <translation>https://headoffice.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office address</source>
        <translation>总部服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting token</source>
        <translation>报表令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the token on this computer</source>
        <translation>在本机记住令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the system&apos;s keyring, never in a file; it is not shown again.</source>
        <translation>保存在系统密钥环中，不会写入文件，也不会再次显示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the reports</source>
        <translation>打开报表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remembered on this computer</source>
        <translation>已在本机记住</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the token from the head office</source>
        <translation>粘贴总部提供的令牌</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Asking the head office…</source>
        <translation>正在向总部查询…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This computer has no keyring: the token is not kept.</source>
        <translation>本机没有系统密钥环：令牌未保存。</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/warranty/registration.py" line="+169"/>
        <source>Channel: %s</source>
        <translation>渠道：%s</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+141"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened: %s</source>
        <translation>开单：%s</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/common/importreport.py" line="+54"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read as %s</source>
        <translation>按 %s 读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The import was stopped before the end; the lines before stay imported.</source>
        <translation>导入未完成即被停止；已导入的行仍然保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused lines changed nothing. Correct them in the file and import it again: lines already imported are recognised and skipped.</source>
        <translation>被拒绝的行未做任何更改。请在文件中修正后重新导入：已导入的行会被识别并跳过。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every line was imported or was there already.</source>
        <translation>所有行均已导入或已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy refused lines</source>
        <translation>复制被拒绝的行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/repairs/intake.py" line="+227"/>
        <location line="+5"/>
        <source>New repair order</source>
        <translation>新建维修工单</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · respond within %d h, resolve within %d h</source>
        <translation>%s · %d 小时内响应，%d 小时内解决</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scan the unit&apos;s serial label or QR tag, or type the serial and press Enter. Then write down what the customer says and what came with the unit.</source>
        <translation>扫描设备的序列号标签或二维码标签，或输入序列号后按回车。然后记录客户描述的问题以及随机附带的物品。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan or type the serial, then Enter</source>
        <translation>扫码或输入序列号，然后按回车</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>via</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says is wrong, in their words</source>
        <translation>客户所述故障（按客户原话记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came with the unit, e.g. power cord, remote</source>
        <translation>随机附件，如电源线、遥控器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessories</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visible damage, e.g. scratches on top, dent on the left side</source>
        <translation>外观损伤，如顶部划痕、左侧凹陷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assigned yet</source>
        <translation>暂未分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit is back with the same fault as this earlier repair: the repairs of one fault count towards an exchange.</source>
        <translation>设备因与此前这次维修相同的故障再次送修：同一故障的修理次数计入换货条件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same fault as</source>
        <translation>同一故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>三包</source>
        <translation>三包</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refuse warranty for this repair</source>
        <translation>本次维修拒绝保修</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saw, e.g. coffee inside the control panel</source>
        <translation>您看到的情况，如控制面板内有咖啡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Print the receipt for the customer to sign and keep, and the work order or label that travels with the unit.</source>
        <translation>打印接修单供客户签字留存，并打印随设备流转的工单或标签。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Intake receipt</source>
        <translation>接修单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A4)</source>
        <translation>工单（A4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A5)</source>
        <translation>工单（A5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 62 mm</source>
        <translation>标签 62 mm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Enter opens the order</source>
        <translation>Ctrl+Enter 开单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>开单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the repair order (Ctrl+Enter)</source>
        <translation>创建维修工单（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Scan or type the serial number.</source>
        <translation>请扫码或输入序列号。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A new fault</source>
        <translation>新故障</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No 三包 decision</source>
        <translation>不按三包处理</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This unit has no warranty registration to refuse.</source>
        <translation>此设备没有保修登记，无法拒绝保修。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warranty is already void: %s.</source>
        <translation>保修已失效：%s。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voids the warranty registration, with the reason, before the order opens.</source>
        <translation>开单前将该保修登记作废，并记录原因。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No unit has this serial: register it below, then open the order.</source>
        <translation>没有设备使用此序列号：请在下方登记后再开单。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order %s is open</source>
        <translation>工单 %s 已创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>三包 decision: %s</source>
        <translation>三包处理：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is in the list; print now or later from the order.</source>
        <translation>工单已在列表中；可立即打印，也可稍后在工单中打印。</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="-207"/>
        <source>At intake</source>
        <translation>接修信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s by %s</source>
        <translation>%s，由 %s 接修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>保修状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>接修时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>三包</source>
        <translation>三包</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-259"/>
        <source>Issue to a repair order</source>
        <translation>出库到维修工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any bin</source>
        <translation>任意货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: taken from the default bin first, then the others</source>
        <translation>留空：先从默认货位出库，再从其他货位出库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From location</source>
        <translation>出库库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MANAGER&apos;S OVERRIDE</source>
        <translation>主管特批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A manager may allow issuing more than the books show here; stock there then goes below zero until it is received or counted. Their name and the reason are kept with the movement.</source>
        <translation>主管可批准超出此处账面数量出库；此后该处库存将为负数，直到入库或盘点。主管姓名和原因会随该笔库存变动一并记录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name of the manager who allows it</source>
        <translation>批准主管的姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. customer waiting; stock arriving tomorrow</source>
        <translation>例如：客户在等；明天到货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue with override</source>
        <translation>特批出库</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Repair order %s is closed: parts cannot be issued to it.</source>
        <translation>维修工单 %s 已关闭，不能再向其出库备件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the manager who allows it.</source>
        <translation>请输入批准主管的姓名。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Issue from:</source>
        <translation>改从以下库位出库：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (%s on hand)</source>
        <translation>%s（现有 %s）</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/reports/tiles.py" line="+73"/>
        <source>Click to see the orders behind this figure</source>
        <translation>点击查看此数字背后的工单</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/parts/labels.py" line="+36"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each label carries the part number as text and as a QR code, the description and the bin. Scanning it types the part number.</source>
        <translation>每张标签印有备件编号（文字和 QR 码）、描述和货位。扫描标签即可输入备件编号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The part selected in the list</source>
        <translation>列表中选中的备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {n} parts selected in the list</source>
        <translation>列表中选中的 {n} 个备件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every part kept in a bin:</source>
        <translation>某货位中的所有备件：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels for</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. A3</source>
        <translation>例如 A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>57 × 32 mm labels (label printer)</source>
        <translation>57 × 32 mm 标签（标签打印机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of 3 × 8 labels, 70 × 37 mm</source>
        <translation>A4 标签纸，每张 3 × 8 枚，70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the bin.</source>
        <translation>请输入货位。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drawing the labels…</source>
        <translation>正在生成标签…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part labels</source>
        <translation>备件标签</translation>
    </message>
</context>
<context>
    <name>LabourPanel</name>
    <message>
        <location filename="../../ui/repairs/labour.py" line="+39"/>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time logged yet.</source>
        <translation>尚未登记工时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes spent; Up and Down change it by 15</source>
        <translation>所用分钟数；按上下方向键每次增减 15</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate per hour</source>
        <translation>每小时费率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log time</source>
        <translation>登记工时</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%s at %s an hour</source>
        <translation>%s，每小时 %s</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../ui/common/listscreen.py" line="+77"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <location filename="../../ui/parts/forms.py" line="+170"/>
        <source>New location</source>
        <translation>新建库位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add location</source>
        <translation>添加库位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. VAN-2</source>
        <translation>例如 VAN-2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van stock</source>
        <translation>车载库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine (faulty parts)</source>
        <translation>隔离区（故障件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who drives the van</source>
        <translation>负责该车辆的技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Stock locations</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where parts are kept: stores, technicians&apos; vans, and a quarantine location for faulty parts (never counted as available).</source>
        <translation>存放备件的地方：仓库、技术员的服务车，以及存放故障件的隔离区位（从不计入可用库存）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add location…</source>
        <translation>添加库位…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van stock</source>
        <translation>车载库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+111"/>
        <source>fieldservice · %s</source>
        <translation>fieldservice · %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts &amp; stock</source>
        <translation>备件与库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups &amp; feedback</source>
        <translation>回访与反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This service centre</source>
        <translation>本服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s (Ctrl+%d)</source>
        <translation>%s（Ctrl+%d）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %s</source>
        <translation>版本 %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in %1 is not saved yet, so the screens keep their language for now. fieldservice will speak %2 the next time it starts, or as soon as you save or close what you typed and choose %2 again.</source>
        <translation>您在%1中输入的内容尚未保存，因此界面暂不切换语言。fieldservice 将在下次启动时使用%2；您也可以先保存或关闭正在输入的内容，再重新选择%2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screens now speak %s.</source>
        <translation>界面语言已切换为%s。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an open window</source>
        <translation>一个打开的窗口</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Printed documents…</source>
        <translation>打印文档(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Head-office reports…</source>
        <translation>总部报表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit…</source>
        <translation>设备(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repair order…</source>
        <translation>维修工单(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Warranty registration…</source>
        <translation>保修登记(&amp;W)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan or search</source>
        <translation>扫码或搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About fieldservice</source>
        <translation>关于 fieldservice(&amp;A)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Looking up “%s”…</source>
        <translation>正在查找“%s”…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This number belongs to a kind of record that opens in a module not available in this version yet.</source>
        <translation>此编号所属的记录类型需在当前版本尚未提供的模块中打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The head office could not be asked about “%s”: %s</source>
        <translation>无法向总部查询“%s”：%s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One customer matches “%s”.</source>
        <translation>有 1 位客户与“%s”匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} customers match “%s”. Choose the one in front of you.</source>
        <translation>有 {n} 位客户与“%s”匹配。请选择眼前这位客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the first %d are listed: add a word (a surname, a town) to narrow it down.</source>
        <translation>仅列出前 %d 位：请再加一个词（如姓氏、城市）以缩小范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which customer?</source>
        <translation>是哪位客户？</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Counts unavailable</source>
        <translation>无法获取数量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adding the product catalogue</source>
        <translation>正在添加产品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding customers</source>
        <translation>正在添加客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding units</source>
        <translation>正在添加设备</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data added: %s customers and %s units.</source>
        <translation>已添加演示数据：%s 位客户，%s 台设备。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The settings of the printed documents are saved.</source>
        <translation>打印文档设置已保存。</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../ui/maintenance/screen.py" line="+56"/>
        <source>Due list</source>
        <translation>到期清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit plans</source>
        <translation>设备计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter readings</source>
        <translation>计量读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week calendar</source>
        <translation>周历</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Visit booked for %s: 1 work order made.</source>
        <translation>已预约 %s 的上门服务：已生成 1 张工单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit booked for %s: {n} work orders made, one per unit.</source>
        <translation>已预约 %s 的上门服务：已生成 {n} 张工单，每台设备一张。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in the calendar</source>
        <translation>在周历中查看</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No visit is booked for this plan.</source>
        <translation>此计划尚未预约上门服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visit %s is already completed. %s is next due %s.</source>
        <translation>上门服务 %s 已完成。%s 下次到期：%s。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visit %s completed. %s of %s is next due %s.</source>
        <translation>上门服务 %s 已完成。%s（%s）下次到期：%s。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit %s completed. Nothing more is due for %s of %s.</source>
        <translation>上门服务 %s 已完成。%s（%s）已无后续到期。</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <location filename="../../ui/repairs/orderview.py" line="+94"/>
        <source>‹  All repair orders</source>
        <translation>‹  全部维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+Left）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Diagnosis and work</source>
        <translation>检测与维修</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was found</source>
        <translation>检测发现的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, parts fitted, tests run</source>
        <translation>所做工作、更换的备件、进行的测试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount quoted to the customer</source>
        <translation>向客户报价的金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the notes, technician, priority and quote</source>
        <translation>保存备注、技术员、优先级和报价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parts requested or used.</source>
        <translation>尚未申请或使用备件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>已出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>已退库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With order</source>
        <translation>工单占用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request…</source>
        <translation>申请…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue…</source>
        <translation>出库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>退库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that this order needs a part</source>
        <translation>登记此工单需要的备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a part out of stock for this order</source>
        <translation>为此工单从库存领用备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give back an unused part, or hand in the faulty one</source>
        <translation>退回未用的备件，或交回拆下的故障件</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rework of %s: open it</source>
        <translation>返修自工单 %s：打开原工单</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unit is back: rework…</source>
        <translation>设备再次送修：返修…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This order is closed.</source>
        <translation>此工单已关闭。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%s not yet issued</source>
        <translation>%s 尚未出库</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel %s</source>
        <translation>取消 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is cancelled. The reason is kept in its history. Parts issued to it must be returned first.</source>
        <translation>请说明取消工单的原因，原因将保留在工单历史记录中。已出库到此工单的备件须先退库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return %s unrepaired</source>
        <translation>%s 不修退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer did not approve the quote: the unit goes back unrepaired. Say why; it is kept in the order&apos;s history.</source>
        <translation>客户未确认报价：设备不修直接退回。请说明原因，原因将保留在工单历史记录中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return unrepaired</source>
        <translation>不修退回</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%s is now: %s.</source>
        <translation>%s 当前状态：%s。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/common/pagedmodel.py" line="+379"/>
        <source>The list could not be loaded: %s</source>
        <translation>无法加载列表：%s</translation>
    </message>
</context>
<context>
    <name>PartCard</name>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="-279"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder rule…</source>
        <translation>补货规则…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print label…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock by location</source>
        <translation>各库位库存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>待领用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On hand + on order − requested by open repair orders</source>
        <translation>现有 + 在途 − 未结维修工单待领用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Movement history</source>
        <translation>库存变动记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the selected movement by booking its opposite</source>
        <translation>记一笔反向变动，冲销所选库存变动</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>标准成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>默认货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitutes</source>
        <translation>替代件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits</source>
        <translation>适用产品</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No stock, none requested or on order.</source>
        <translation>无库存，无待领用，无在途。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not in any bin.</source>
        <translation>不在任何货位中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(quarantine, not available)</source>
        <translation>（隔离，不可用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bins: %s</source>
        <translation>所在货位：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 movement</source>
        <translation>1 条变动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} movements</source>
        <translation>{n} 条变动</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+46"/>
        <source>Part number: scan or type</source>
        <translation>备件编号：扫码或输入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parts that fit this product are listed; any part number can be typed.</source>
        <translation>已列出适用于此产品的备件；也可输入任意备件编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From / to</source>
        <translation>出/入库位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any bin (the part&apos;s usual bin first)</source>
        <translation>任意货位（优先该备件的常用货位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty part taken out of the unit (to quarantine)</source>
        <translation>从设备上拆下的故障件（送隔离区）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A manager allows taking stock below zero</source>
        <translation>经理批准负库存出库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager&apos;s name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is allowed</source>
        <translation>批准原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s × %s requested.</source>
        <translation>已申请 %s × %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s × %s issued to this order.</source>
        <translation>已向此工单出库 %s × %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty %s handed in to quarantine.</source>
        <translation>故障件 %s 已交回隔离区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s × %s returned to stock.</source>
        <translation>已退库 %s × %s。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Take from %s (%s there)</source>
        <translation>从 %s 领用（该处有 %s）</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <location filename="../../ui/parts/forms.py" line="-179"/>
        <source>New part</source>
        <translation>新建备件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit part %s</source>
        <translation>编辑备件 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pcs, m, l, kg</source>
        <translation>个、米、升、千克</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1, 4 or 10</source>
        <translation>例如 1、4 或 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. A3</source>
        <translation>例如 A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part numbers that can stand in, e.g. FAN-121</source>
        <translation>可替代的备件编号，例如 FAN-121</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product codes (SKU), e.g. AQU-DW600</source>
        <translation>产品编码（SKU），例如 AQU-DW600</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part number</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard cost</source>
        <translation>标准成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier&apos;s part no.</source>
        <translation>供应商料号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>包装数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>默认货位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Substitutes</source>
        <translation>替代件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separate several with commas.</source>
        <translation>多个请用逗号分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits products</source>
        <translation>适用产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PartInput</name>
    <message>
        <location filename="../../ui/parts/fields.py" line="+105"/>
        <source>%s · on hand %s %s</source>
        <translation>%s · 现有 %s %s</translation>
    </message>
</context>
<context>
    <name>PartNumberField</name>
    <message>
        <location line="-72"/>
        <source>Scan the label or type the part number</source>
        <translation>扫描标签或输入备件编号</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/common/pdfpreview.py" line="+60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file could not be written:
%s</source>
        <translation>无法写入文件：
%s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Print %s</source>
        <translation>打印%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/reports/period.py" line="+52"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PickCustomerDialog</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="-169"/>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name, phone, e-mail, town or customer number</source>
        <translation>姓名、电话、电子邮箱、城市或客户编号</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客户</translation>
    </message>
</context>
<context>
    <name>PickUnitDialog</name>
    <message>
        <location filename="../../ui/maintenance/chooser.py" line="+33"/>
        <source>Choose a unit</source>
        <translation>选择设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial, owner&apos;s name or phone, product</source>
        <translation>序列号、客户姓名或电话、产品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台设备</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="-368"/>
        <source>Plan for all units of a product</source>
        <translation>为产品的全部设备建立计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A maintenance contract: the same plan is made for every unit of the product registered here. Each plan takes its area from the owner&apos;s address unless you give one.</source>
        <translation>维护合同：为本中心登记的该产品每台设备建立相同的计划。除非另行填写，每个计划的区域取自客户地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the plans</source>
        <translation>建立计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>New maintenance plan</source>
        <translation>新建维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add plan</source>
        <translation>添加计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit maintenance plan</source>
        <translation>编辑维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “%s”</source>
        <translation>编辑“%s”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Quarterly inspection</source>
        <translation>如：季度巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>到期依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Repeat</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count</source>
        <translation>起算方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed dates keep the visits on the same days of the year, even when one is done early or late.</source>
        <translation>按固定日期时，即使某次提前或推迟完成，上门服务仍保持在每年相同的日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first visit is due on this day.</source>
        <translation>首次上门服务在此日到期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 500</source>
        <translation>如：500</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meter interval</source>
        <translation>读数间隔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One task per line, e.g.
Check seals
Clean filter</source>
        <translation>每行一项任务，例如：
检查密封件
清洁滤网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Leeds LS6 (to plan rounds by area)</source>
        <translation>如：海淀区中关村（便于按区域安排路线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract ends</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is due after the contract ends.</source>
        <translation>合同到期后不再产生到期项。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the product from the list.</source>
        <translation>请从列表中选择产品。</translation>
    </message>
</context>
<context>
    <name>PlanListView</name>
    <message>
        <location filename="../../ui/maintenance/planlist.py" line="+112"/>
        <source>Customer: name, phone, town</source>
        <translation>客户：姓名、电话、城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any basis</source>
        <translation>全部依据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plans of this unit</source>
        <translation>该设备的计划</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 plan</source>
        <translation>1 个计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} plans</source>
        <translation>{n} 个计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No maintenance plans yet</source>
        <translation>暂无维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans are added under Unit plans, for one unit or for every unit of a product.</source>
        <translation>维护计划在“设备计划”中添加，可为单台设备添加，也可为某产品的全部设备添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No plan matches</source>
        <translation>没有匹配的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No maintenance plan matches this choice. Clear a filter to see more.</source>
        <translation>没有符合当前筛选条件的维护计划。清除筛选条件可查看更多。</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/maintenance/plans.py" line="+66"/>
        <source>Plan for all units of a product…</source>
        <translation>为产品的全部设备建立计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit plan…</source>
        <translation>编辑计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a unit</source>
        <translation>选择设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type a serial number above to see the unit&apos;s maintenance plans, or make one plan for every unit of a product under contract.</source>
        <translation>在上方扫码或输入序列号，查看该设备的维护计划；也可为签订维护合同的产品的全部设备建立同一计划。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Repeats</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>No maintenance plan for this unit yet. Click New plan… to add one.</source>
        <translation>该设备还没有维护计划。点击“新建计划…”添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected plan</source>
        <translation>所选计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete booked visit…</source>
        <translation>完成已预约的上门服务…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No owner recorded</source>
        <translation>未登记客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing due</source>
        <translation>无到期项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at %s</source>
        <translation>读数达 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last done</source>
        <translation>上次完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract ends</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked visit</source>
        <translation>已预约上门服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checklist.</source>
        <translation>无检查清单。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 plan made: the product has one unit.</source>
        <translation>已建立 1 个计划：该产品只有一台设备。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} plans made, one for each unit of the product.</source>
        <translation>已建立 {n} 个计划，该产品每台设备一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%s” saved. Next due: %s.</source>
        <translation>“%s”已保存。下次到期：%s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../ui/warranty/policies.py" line="+58"/>
        <location line="+5"/>
        <source>Warranty policies</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long each product is in warranty and in its service period, its terms, and the conditions that void it. Registrations already made keep the months they were given.</source>
        <translation>各产品的保修期和服务期时长、保修条款及导致保修失效的情形。已完成的登记保留登记时的月数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter products</source>
        <translation>筛选产品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Warranty</source>
        <translation>保修期</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Service</source>
        <translation>服务期</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service period</source>
        <translation>服务期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the warranty: supported, chargeable. 0 for none.</source>
        <translation>保修期满后仍提供支持，但需收费。填 0 表示无服务期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on the certificate</source>
        <translation>打印在保修卡上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>保修条款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void conditions</source>
        <translation>失效情形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line. A technician voiding a warranty chooses one of these.</source>
        <translation>每行一条。技术员判定保修失效时从中选择一条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save policy</source>
        <translation>保存政策</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> repairs</source>
        <translation> 次后换货</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund within</source>
        <translation>退货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange within</source>
        <translation>换货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange after</source>
        <translation>同一故障修满</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>三包</source>
        <translation>三包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from purchase; repairs of one fault. None: not sold under 三包.</source>
        <translation>按购买后天数计；修理次数指同一故障。“无”表示不实行三包。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No policy</source>
        <translation>无政策</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No warranty policy: its units cannot be registered yet.</source>
        <translation>无保修政策：其设备暂时无法登记。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 product has no warranty policy: its units cannot be registered until one is set. It is listed first.</source>
        <translation>1 个产品没有保修政策：设置政策之前，其设备无法登记。该产品排在最前面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} products have no warranty policy: their units cannot be registered until one is set. They are listed first.</source>
        <translation>{n} 个产品没有保修政策：设置政策之前，其设备无法登记。这些产品排在最前面。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalogue is empty</source>
        <translation>产品目录为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products come from the head office, or are added with a unit.</source>
        <translation>产品来自总部，或在新建设备时添加。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%s · No policy yet: check the months and save to set one.</source>
        <translation>%s · 尚无政策：请核对月数并保存以设置政策。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Policy saved.</source>
        <translation>政策已保存。</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <location filename="../../ui/sync/overview.py" line="+96"/>
        <source>Reason given</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The problem leaves this list once it has been sorted out</source>
        <translation>问题处理完毕后标记，即从此列表中移除</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../ui/common/unitforms.py" line="+89"/>
        <location line="+5"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product code (SKU)</source>
        <translation>产品编码（SKU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to catalogue</source>
        <translation>添加到产品目录</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location line="-63"/>
        <source>Type part of the name or code</source>
        <translation>输入名称或编码的一部分</translation>
    </message>
</context>
<context>
    <name>ReadingsView</name>
    <message>
        <location filename="../../ui/maintenance/readings.py" line="+42"/>
        <source>Log a meter reading</source>
        <translation>登记计量读数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the meter shows</source>
        <translation>计量表显示的数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Read on</source>
        <translation>读取日期</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. read by the customer on the phone</source>
        <translation>如：客户电话报读</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Log reading</source>
        <translation>登记读数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the unit&apos;s label: the cursor moves to the reading. Type it and press Enter; the serial field is then ready for the next unit.</source>
        <translation>扫描设备标签后，光标会移到读数栏。输入读数并按 Enter，序列号栏随即可用于下一台设备。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No unit chosen</source>
        <translation>未选择设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the unit&apos;s serial: its readings and the forecast of its meter-based plans appear here.</source>
        <translation>扫描设备序列号后，这里会显示其读数，以及按读数计划的到期预测。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readings</source>
        <translation>读数记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No readings yet.</source>
        <translation>暂无读数。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This unit has no plan by meter reading; readings are kept for its history.</source>
        <translation>该设备没有按计量读数的计划；读数仅作为历史记录保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: due at %s, forecast for %s.</source>
        <translation>%s：读数达 %s 时到期，预计在 %s。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: due at %s; no forecast until two readings show the usage.</source>
        <translation>%s：读数达 %s 时到期；需有两次读数得出用量后才能预测。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent use: about %s a day.</source>
        <translation>近期用量：约每天 %s。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading %s logged for %s.</source>
        <translation>读数 %s 已记入设备 %s。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s now due %s.</source>
        <translation>%s 下次到期：%s。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="-293"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ReceiveForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-164"/>
        <source>Receive a delivery</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity received</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part&apos;s default bin</source>
        <translation>备件的默认货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery note or invoice</source>
        <translation>送货单号或发票号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. LD01-PO-000012</source>
        <translation>例如 LD01-PO-000012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into location</source>
        <translation>入库库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a cost, the part&apos;s average cost is updated.</source>
        <translation>填写成本后，将更新该备件的平均成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier&apos;s reference</source>
        <translation>供应商单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our order no.</source>
        <translation>我方采购单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default bin %s</source>
        <translation>默认货位 %s</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-332"/>
        <location line="+1"/>
        <source>Register a warranty</source>
        <translation>登记保修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the serial of the unit sold. The warranty and service months come from the product&apos;s policy.</source>
        <translation>扫码或输入所售设备的序列号。保修期和服务期月数取自该产品的保修政策。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the label or type the serial number</source>
        <translation>扫描标签或输入序列号</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set its warranty policy…</source>
        <translation>设置保修政策…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on the invoice: the warranty counts from this day.</source>
        <translation>以发票为准：保修期从这一天开始计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop that sold it, if not this centre</source>
        <translation>销售门店（如非本服务中心）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice reference</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A new serial: the unit is added as it is registered.</source>
        <translation>新序列号：登记时将同时添加该设备。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no owner recorded</source>
        <translation>未记录机主</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Known unit: %s, owner %s.</source>
        <translation>已有设备：%s，机主 %s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open certificate %s</source>
        <translation>打开保修卡 %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This product has no warranty policy yet: set one before registering.</source>
        <translation>该产品尚无保修政策：请先设置政策再登记。</translation>
    </message>
</context>
<context>
    <name>RegistrationCard</name>
    <message>
        <location filename="../../ui/warranty/registration.py" line="+31"/>
        <source>Certificate</source>
        <translation>保修卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Preview and print the warranty certificate</source>
        <translation>预览并打印保修卡</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>延保…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>判定失效…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate…</source>
        <translation>恢复保修…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale and registration</source>
        <translation>销售与登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Open customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open unit</source>
        <translation>查看设备</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A void warranty has no certificate; reinstate it to print one</source>
        <translation>已失效的保修没有保修卡；请先恢复保修再打印</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reinstate the warranty before extending it</source>
        <translation>请先恢复保修，再延长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty until</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service until</source>
        <translation>服务期至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No service period</source>
        <translation>无服务期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>延保</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s</source>
        <translation>%s 由 %s 登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No owner recorded</source>
        <translation>未记录机主</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型号</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-192"/>
        <source>Choose the owner from the list (press Enter to search; “New customer…” there adds one), or click “No owner”.</source>
        <translation>请从列表中选择机主（按 Enter 搜索；可在其中用“新建客户…”添加），或点击“无机主”。</translation>
    </message>
</context>
<context>
    <name>ReinstateDialog</name>
    <message>
        <location line="+413"/>
        <source>Reinstate warranty</source>
        <translation>恢复保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate the warranty of %s</source>
        <translation>恢复 %s 的保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was voided for “%s” on %s by %s.</source>
        <translation>该保修因“%s”于 %s 由 %s 判定失效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. the fault was a leaking pump, not the customer&apos;s doing</source>
        <translation>例如：故障原因是水泵漏水，并非客户所致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReorderRuleForm</name>
    <message>
        <location filename="../../ui/parts/forms.py" line="+161"/>
        <source>Reorder rule</source>
        <translation>补货规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When available stock (on hand + on order − requested) falls to the reorder point, the part is listed to order: up to the maximum, or one reorder quantity, in whole supplier packs.</source>
        <translation>当可用库存（现有 + 在途 − 待领用）降至补货点时，该备件将列入待采购：补足至上限，或按固定补货数量，均按供应商整包装取整。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2</source>
        <translation>例如 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10</source>
        <translation>例如 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a fixed quantity</source>
        <translation>或固定数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part number</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order up to</source>
        <translation>补货至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or order</source>
        <translation>或每次订购</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the part number.</source>
        <translation>请输入备件编号。</translation>
    </message>
</context>
<context>
    <name>RepairOrdersScreen</name>
    <message>
        <location filename="../../ui/repairs/screen.py" line="+260"/>
        <source>Search: order number, serial, customer&apos;s name or phone</source>
        <translation>搜索：工单号、序列号、客户姓名或手机号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Targets…</source>
        <translation>时效目标…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response and resolution hours per priority</source>
        <translation>各优先级的响应和解决时限（小时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New repair order</source>
        <translation>新建维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake: scan the unit and record the fault</source>
        <translation>接修：扫描设备并登记故障</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any coverage</source>
        <translation>全部保修状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only open orders past their resolution target</source>
        <translation>仅显示超过解决时限的未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders assigned to you (%s)</source>
        <translation>分配给您的工单（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>保修状态</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Anyone</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 个工单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open repair orders</source>
        <translation>暂无未结维修工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders opened at the desk appear here. Press “New repair order” and scan the unit to take one in.</source>
        <translation>在服务台创建的工单会显示在这里。点击“新建维修工单”并扫描设备即可接修。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order matches</source>
        <translation>没有匹配的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another status, technician or coverage, or fewer words.</source>
        <translation>请尝试其他状态、技术员或保修状态，或减少关键词。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Targets saved. New orders get the new due times.</source>
        <translation>时效目标已保存。新工单将按新的到期时间计算。</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/screen.py" line="+115"/>
        <source>Working out the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Orders of</source>
        <translation>工单范围</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All service types</source>
        <translation>全部服务类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every figure of the period, as an Excel workbook or a CSV file</source>
        <translation>本期全部指标，导出为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The management report of the month the period starts in</source>
        <translation>所选期间起始月份的管理报告</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and cost</source>
        <translation>客户与成本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly PDF</source>
        <translation>月度报告 PDF</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Warranty and people</source>
        <translation>保修与人员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty cost by product</source>
        <translation>按产品的保修成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders delivered</source>
        <translation>已交付工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours logged</source>
        <translation>登记工时</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose a period: the end cannot come before the start.</source>
        <translation>请选择期间：结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with %1, the months before</source>
        <translation>对比 %1（上一同等月份）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with %1, the same number of days before</source>
        <translation>对比上期：%1（天数相同）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Warranty orders of %1</source>
        <translation>%1 的保修工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders delivered by %1</source>
        <translation>%1 交付的工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(nobody)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>On target</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Fixed first time</source>
        <translation>一次修复</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Came back</source>
        <translation>返修</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Repeat</source>
        <translation>重复维修</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First visit</source>
        <translation>首次维修</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failures in month %1 of service</source>
        <translation>使用第 %1 个月的故障</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Orders opened in %1</source>
        <translation>%1 新开工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders opened in the week of %1</source>
        <translation>%1 当周新开工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the figures</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the list</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monthly management report</source>
        <translation>月度管理报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the monthly report…</source>
        <translation>正在生成月度报告…</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="-47"/>
        <source>Resolve complaint</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve %s</source>
        <translation>结案 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done, e.g. apologised and refunded the call-out charge</source>
        <translation>处理措施，例如：已致歉并退还上门费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="+160"/>
        <source>Return from a repair order</source>
        <translation>从维修工单退库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty part removed from the unit → quarantine</source>
        <translation>从设备上拆下的故障件 → 隔离区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty parts go to the quarantine location for a claim, not back to stock.</source>
        <translation>故障件放入隔离区位以便索赔，不退回可用库存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>The part&apos;s default bin</source>
        <translation>备件的默认货位</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Back to location</source>
        <translation>退回库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarantine bin, if any</source>
        <translation>隔离货位（如有）</translation>
    </message>
</context>
<context>
    <name>ReverseForm</name>
    <message>
        <location line="+132"/>
        <source>Reverse a movement</source>
        <translation>冲销库存变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The movement stays in the history; an opposite movement is booked beside it. A transfer is reversed in both locations.</source>
        <translation>原变动仍保留在记录中，并另记一笔反向变动。调拨会在两个库位同时冲销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: e.g. booked twice</source>
        <translation>必填，例如：重复记账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+30"/>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rework of %s</source>
        <translation>%s 返修</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A delivered order stays as it was. The unit gets a new order, linked to this one, with the same customer, priority and technician.</source>
        <translation>已交付的工单保持不变。设备将生成一张关联此工单的新工单，客户、优先级和技术员与原工单相同。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the customer says is wrong now</source>
        <translation>客户现在描述的故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open rework order</source>
        <translation>创建返修工单</translation>
    </message>
</context>
<context>
    <name>ScanEntry</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="-181"/>
        <source>Scan a tag, or type a serial, phone, customer number or name</source>
        <translation>扫描标签，或输入序列号、手机号、客户编号或姓名</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-804"/>
        <source>Scan or search: serial, phone, customer number, name</source>
        <translation>扫码或搜索：序列号、电话、客户编号、姓名</translation>
    </message>
</context>
<context>
    <name>SimilarRepairsPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+107"/>
        <source>Similar past repairs</source>
        <translation>类似历史维修</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No past repair of this product had a fault like this one.</source>
        <translation>此产品以往没有类似故障的维修记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairs of the same product with a fault like this one, best match first.</source>
        <translation>同一产品出现类似故障的维修记录，按匹配度排序。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found: %s</source>
        <translation>检测发现：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed: %s</source>
        <translation>修复：%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not fixed yet (%s)</source>
        <translation>尚未修复（%s）</translation>
    </message>
</context>
<context>
    <name>SiteSetupDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="+126"/>
        <source>Set up this service centre</source>
        <translation>设置本服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to fieldservice</source>
        <translation>欢迎使用 fieldservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, tell us about this service centre.</source>
        <translation>首先，请填写本服务中心的信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site code starts every number this centre gives out (customer LD01-CU-000042, repair order LD01-RO-000123), so it must be unique in your network and cannot be changed later. Ask your head office if you do not know it.</source>
        <translation>网点代码是本中心所有编号的开头（如客户 SH01-CU-000042、维修工单 SH01-RO-000123），因此在贵司服务网络中必须唯一，且以后无法更改。如不清楚，请咨询总部。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. LD01</source>
        <translation>例如：SH01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Leeds Service Centre</source>
        <translation>例如：上海服务中心</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Site code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Two letters (GB, DE, FR, CN…): phone numbers without a country code are read as numbers of this country.</source>
        <translation>两个字母（CN、HK、TW、GB…）：未加国际区号的电话号码，按该国家/地区的号码识别。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Set up centre</source>
        <translation>设置服务中心</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/parts/screen.py" line="+64"/>
        <source>Catalogue</source>
        <translation>备件目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To order</source>
        <translation>待采购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations…</source>
        <translation>库位…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue from CSV…</source>
        <translation>备件目录（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening balances from CSV…</source>
        <translation>期初库存（CSV）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock list…</source>
        <translation>库存清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements…</source>
        <translation>库存变动…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Import the parts catalogue</source>
        <translation>导入备件目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import opening balances</source>
        <translation>导入期初库存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue import</source>
        <translation>备件目录导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening balances import</source>
        <translation>期初库存导入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import of %s stopped; the lines before stay imported.</source>
        <translation>%s 的导入已停止；此前的行已导入并保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the stock list</source>
        <translation>导出库存清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export movements</source>
        <translation>导出库存变动</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %s.</source>
        <translation>已保存到 %s。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %s…</source>
        <translation>正在导出到 %s…</translation>
    </message>
</context>
<context>
    <name>SupplierOrderDialog</name>
    <message>
        <location filename="../../ui/parts/ordering.py" line="+257"/>
        <source>Order from suppliers</source>
        <translation>向供应商采购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place orders</source>
        <translation>下单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lines of one supplier go on one purchase order, to print or send. What is ordered counts as on order until it is received.</source>
        <translation>同一供应商的明细合并为一张采购单，可打印或发送。已采购的数量在入库前计为在途。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>建议数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>采购数量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Double-click to change the quantity</source>
        <translation>双击修改数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supplier&apos;s order or quote reference</source>
        <translation>供应商的订单号或报价单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考单号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected on</source>
        <translation>预计到货日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected from %s</source>
        <translation>%s 预计到货日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no supplier)</source>
        <translation>（无供应商）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %d (%s): %s</source>
        <translation>第 %d 行（%s）：%s</translation>
    </message>
</context>
<context>
    <name>SyncOverview</name>
    <message>
        <location filename="../../ui/sync/overview.py" line="+51"/>
        <source>Sync by itself</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>every {n} minutes</source>
        <translation>每 {n} 分钟</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>How often this centre syncs by itself; Sync now syncs at once</source>
        <translation>本服务中心自动同步的频率；点击“立即同步”可马上同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sync</source>
        <translation>下次同步</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems to look at</source>
        <translation>待处理的问题</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything this centre has sent was taken by the head office. A change the head office refuses is listed here, with what to do about it.</source>
        <translation>本服务中心发送的所有数据均已被总部接收。总部拒绝的更改会列在这里，并说明处理方法。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Noticed %s</source>
        <translation>发现于 %s</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/sync/screen.py" line="+82"/>
        <source>Today %s</source>
        <translation>今天 %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday %s</source>
        <translation>昨天 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today %s</source>
        <translation>今天 %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yesterday %s</source>
        <translation>昨天 %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 个客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 product</source>
        <translation>1 个产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} products</source>
        <translation>{n} 个产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spare part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 spare part</source>
        <translation>1 个备件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} spare parts</source>
        <translation>{n} 个备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty policy</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warranty policy</source>
        <translation>1 条保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warranty policies</source>
        <translation>{n} 条保修政策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty registration</source>
        <translation>保修登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warranty registration</source>
        <translation>1 条保修登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warranty registrations</source>
        <translation>{n} 条保修登记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 repair order</source>
        <translation>1 张维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} repair orders</source>
        <translation>{n} 张维修工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order status change</source>
        <translation>工单状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order status change</source>
        <translation>1 条工单状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} order status changes</source>
        <translation>{n} 条工单状态变更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour line</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 labour line</source>
        <translation>1 条工时记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} labour lines</source>
        <translation>{n} 条工时记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stock movement</source>
        <translation>1 条库存变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stock movements</source>
        <translation>{n} 条库存变动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part request</source>
        <translation>备件申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 part request</source>
        <translation>1 条备件申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} part requests</source>
        <translation>{n} 条备件申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 maintenance plan</source>
        <translation>1 个维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} maintenance plans</source>
        <translation>{n} 个维护计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance visit</source>
        <translation>上门维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 maintenance visit</source>
        <translation>1 次上门维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} maintenance visits</source>
        <translation>{n} 次上门维护</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 follow-up call</source>
        <translation>1 次回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} follow-up calls</source>
        <translation>{n} 次回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 complaint</source>
        <translation>1 条投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} complaints</source>
        <translation>{n} 条投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 centre</source>
        <translation>1 个服务中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} centres</source>
        <translation>{n} 个服务中心</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 other change</source>
        <translation>1 条其他更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other changes</source>
        <translation>{n} 条其他更改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clash here</source>
        <translation>本地冲突</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same serial number or document number is registered at another centre. This centre&apos;s record was undone here and the network&apos;s is shown (unless other records here refer to it: then it stays, as the reason says); what was entered is kept with this problem. Contact the head office or that centre to agree which record is right, then mark the problem as handled.</source>
        <translation>相同的序列号或单据号已在另一服务中心登记。本服务中心的记录已在本地撤销，改为显示全网的记录（如果本地还有其他记录引用它，则予以保留，见原因说明）；已录入的内容随此问题一并保存。请联系总部或该服务中心确认哪条记录正确，然后将问题标记为已处理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A record from another centre clashes with one of this centre&apos;s (the same serial number, say) that has not reached the head office yet. The other centre&apos;s record waits; if the head office refuses this centre&apos;s, the other takes its place with the next sync and this problem closes by itself. Otherwise contact the head office or the other centre to agree which one is right, then mark the problem as handled.</source>
        <translation>另一服务中心的一条记录与本服务中心尚未发送到总部的记录冲突（例如序列号相同）。对方的记录暂不生效；如果总部拒绝本服务中心的记录，下次同步时将由对方记录替代，此问题也会自动关闭。否则，请联系总部或对方服务中心确认哪条记录正确，然后将问题标记为已处理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products, spare parts and warranty policies are edited in the catalogue at the head office, not at the centres, so the change was undone here. Ask the head office to add or correct it there; it reaches this centre with the next sync. Then mark the problem as handled.</source>
        <translation>产品、备件和保修政策由总部在产品目录中统一维护，服务中心不能修改，因此本地的更改已撤销。请联系总部在总部添加或更正，下次同步时会同步到本服务中心。然后将问题标记为已处理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The head office did not take this change, for the reason above, and it was undone here. If it is not clear what to do, send the reason to the head office. Mark the problem as handled once it is sorted out.</source>
        <translation>由于上述原因，总部未接收此更改，本地也已撤销。如不清楚如何处理，请将原因发给总部。问题解决后，请将其标记为已处理。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the head office…</source>
        <translation>正在与总部同步…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head office does not accept this centre</source>
        <translation>总部拒绝本服务中心接入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the head office</source>
        <translation>已连接总部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled with the head office</source>
        <translation>已注册到总部</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+184"/>
        <source>Head office: %s</source>
        <translation>总部：%s</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 other</source>
        <translation>其他 1 条</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} others</source>
        <translation>其他 {n} 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting: the head office has everything</source>
        <translation>无待发送数据：总部已全部接收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No round has gone through yet</source>
        <translation>尚未完成过同步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent %s</source>
        <translation>发送 %s 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received %s</source>
        <translation>接收 %s 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s refused</source>
        <translation>%s 条被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round: %s.</source>
        <translation>上次同步：%s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a look: see below</source>
        <translation>需要处理：见下方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need a look: see below</source>
        <translation>需要处理：见下方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A round is under way</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trying again after a failed try</source>
        <translation>同步失败，将重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again after {n} failed tries</source>
        <translation>已连续失败 {n} 次，将重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every {n} minutes</source>
        <translation>每 {n} 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When Sync now is pressed</source>
        <translation>点击“立即同步”时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The head office cannot be reached. Work carries on here as usual: every change is kept on this computer and sent at the next sync.</source>
        <translation>无法连接总部。本地工作照常进行：所有更改都保存在本机，下次同步时发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next try at %s.</source>
        <translation>将于 %s 重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The head office no longer accepts this centre&apos;s key (it may have been withdrawn, or the centre enrolled again elsewhere). Nothing here is lost. Ask the head office for a new one-time code and enrol again.</source>
        <translation>总部不再接受本服务中心的密钥（可能已被撤销，或本服务中心已在别处重新注册）。本地数据不会丢失。请向总部索取新的一次性注册码，然后重新注册。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol again…</source>
        <translation>重新注册…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %s the head office&apos;s by about %s. Set the date and time right: records are ordered by their time.</source>
        <translation>本机时钟比总部%s约 %s。请校正日期和时间：记录是按时间排序的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ahead of</source>
        <translation>快</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind</source>
        <translation>慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syncing: %s</source>
        <translation>正在同步：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted</source>
        <translation>未获总部接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s pending</source>
        <translation>%s 条待发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last %s</source>
        <translation>上次 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %s</source>
        <translation>同步：%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s of %s changes sent</source>
        <translation>已发送 %s 条更改（共 %s 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s changes received</source>
        <translation>已接收 %s 条更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This centre works offline; head-office sync is not set up yet. Click to set it up.</source>
        <translation>本服务中心目前离线工作，尚未设置总部同步。点击进行设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: nothing is lost, changes wait here.</source>
        <translation>离线：数据不会丢失，更改暂存在本机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %s</source>
        <translation>上次同步：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next sync: %s</source>
        <translation>下次同步：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open Sync.</source>
        <translation>点击打开同步页面。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/repairs/screen.py" line="-333"/>
        <location line="+5"/>
        <source>Response and resolution targets</source>
        <translation>响应与解决时效目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours from intake within which an order is first looked at (response) and made ready (resolution). Time waiting for the customer&apos;s approval does not count. Orders already open keep the due times they got.</source>
        <translation>自接修起，工单首次处理（响应）和修复完成（解决）的时限，单位为小时。等待客户确认报价的时间不计入。已开的工单保留原有到期时间。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respond within (hours)</source>
        <translation>响应时限（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within (hours)</source>
        <translation>解决时限（小时）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save targets</source>
        <translation>保存时效目标</translation>
    </message>
</context>
<context>
    <name>TileWords</name>
    <message>
        <location filename="../../ui/reports/tiles.py" line="+42"/>
        <source>Orders opened</source>
        <translation>新开工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed</source>
        <translation>已交付工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog at the end</source>
        <translation>期末积压工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to repair</source>
        <translation>维修时长中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired on target</source>
        <translation>按时修复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat repairs (30 days)</source>
        <translation>30 天内重复维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 100 orders</source>
        <translation>每百单投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty cost</source>
        <translation>保修成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts used</source>
        <translation>备件用量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 order</source>
        <translation>1 张工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 张工单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 orders</source>
        <translation>%2 张工单中 %1 张</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>taken in during the period</source>
        <translation>本期接修</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>handed back to the customer</source>
        <translation>已交还客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 open for 15 days or more</source>
        <translation>其中 %1 张已超过 15 天</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+103"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>90% within %1 h · %2</source>
        <translation>90% 在 %1 小时内 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 complaints</source>
        <translation>%1 起投诉</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answers</source>
        <translation>%1 份回答</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 promoters · %2 detractors</source>
        <translation>推荐者 %1 · 贬损者 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parts and labour · %1</source>
        <translation>备件加工时 · %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at cost · %1</source>
        <translation>按成本价 · %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no figure to compare with</source>
        <translation>无可对比数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same as previous period</source>
        <translation>= 与上期持平</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 vs previous period</source>
        <translation>较上期 %1 %2</translation>
    </message>
</context>
<context>
    <name>ToOrderView</name>
    <message>
        <location filename="../../ui/parts/ordering.py" line="-231"/>
        <source>Parts at or below their reorder point, counting stock on order and what open repair orders have requested. The suggestion fills up to the maximum in whole supplier packs.</source>
        <translation>已达到或低于补货点的备件（已计入在途库存及未结维修工单的待领用数量）。建议数量按供应商整包装补足至上限。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reorder rule…</source>
        <translation>补货规则…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order selected…</source>
        <translation>采购所选…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to order</source>
        <translation>无需采购</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No part is at or below its reorder point. Set reorder rules for the parts you keep, and they are listed here when they run low.</source>
        <translation>没有备件达到或低于补货点。为常备备件设置补货规则后，库存不足时会列在这里。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lines</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Purchase order %s placed with %s; it counts as on order until received.</source>
        <translation>采购单 %s 已向 %s 下单；入库前计为在途。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} purchase orders placed: %s. They count as on order until received.</source>
        <translation>已下 {n} 张采购单：%s。入库前计为在途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no supplier</source>
        <translation>无供应商</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print %s…</source>
        <translation>打印 %s…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print order…</source>
        <translation>打印采购单…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing the purchase order…</source>
        <translation>正在生成采购单…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %s</source>
        <translation>采购单 %s</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-123"/>
        <source>Transfer stock</source>
        <translation>库存调拨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any bin</source>
        <translation>任意货位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: taken from the default bin first, then the others</source>
        <translation>留空：先从默认货位调出，再从其他货位调出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part&apos;s default bin</source>
        <translation>备件的默认货位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. restocking van 1</source>
        <translation>例如：为 1 号车补货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From location</source>
        <translation>调出库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From bin</source>
        <translation>调出货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To location</source>
        <translation>调入库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bin</source>
        <translation>调入货位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitAndCustomerPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="-86"/>
        <source>Unit and customer</source>
        <translation>设备与客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open unit</source>
        <translation>打开设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <location filename="../../ui/common/cards.py" line="-287"/>
        <source>New repair order</source>
        <translation>新建维修工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this unit in for repair</source>
        <translation>接修此设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open unit</source>
        <translation>打开设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair history</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed at</source>
        <translation>安装地点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No owner recorded</source>
        <translation>未记录机主</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The coverage cannot be worked out for this unit.</source>
        <translation>无法确定此设备的保修状态。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate</source>
        <translation>保修卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service until</source>
        <translation>服务期至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended by</source>
        <translation>延长保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d months</source>
        <translation>%d 个月</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No repairs yet.</source>
        <translation>暂无维修记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 repair order</source>
        <translation>1 张维修工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s repair orders</source>
        <translation>%s 张维修工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 open</source>
        <translation>1 张进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d open</source>
        <translation>%d 张进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the newest %d are listed</source>
        <translation>仅列出最新的 %d 张</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open order %s</source>
        <translation>打开工单 %s</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../ui/maintenance/chooser.py" line="+21"/>
        <source>Scan or type the serial, then Enter</source>
        <translation>扫码或输入序列号，然后按 Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the units by owner, phone or product</source>
        <translation>按客户、电话或产品搜索设备</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No unit has the serial “%s”. Check it, or click Choose… to search.</source>
        <translation>没有序列号为“%s”的设备。请核对，或点击“选择…”进行搜索。</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/common/unitforms.py" line="+104"/>
        <source>New unit</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register a unit</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit %s</source>
        <translation>编辑设备 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the label or type the serial number</source>
        <translation>扫描标签或输入序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the registered unit</source>
        <translation>打开已登记的设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue is empty. Products come from the head office once sync is set up; until then add them here.</source>
        <translation>产品目录为空。设置同步后，产品将由总部下发；在此之前请在这里添加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the unit is installed, if not the owner&apos;s address</source>
        <translation>设备安装地点（如与客户地址不同）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed at</source>
        <translation>安装地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the owner from the list (press Enter to search), or click “No owner”.</source>
        <translation>请从列表中选择机主（按 Enter 搜索），或点击“无机主”。</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <location filename="../../ui/repairs/intake.py" line="-635"/>
        <source>Register this unit…</source>
        <translation>登记此设备…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer and unit…</source>
        <translation>新客户和设备…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Owner: %s</source>
        <translation>机主：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner recorded for this unit.</source>
        <translation>此设备未登记机主。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate %s.</source>
        <translation>保修卡 %s。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already open for this unit: %s. Check it is not the same job.</source>
        <translation>此设备已有未结工单：%s。请确认不是同一项维修。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>三包 rights today:</source>
        <translation>今日三包权益：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No 三包 rights today.</source>
        <translation>今日不享有三包权益。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No unit has the serial “%s”.</source>
        <translation>没有设备的序列号为“%s”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the label, or register the unit now: with an owner already on file, or with a new customer.</source>
        <translation>请检查标签，或立即登记该设备：关联已有客户，或新建客户。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-60"/>
        <location line="+6"/>
        <source>Void warranty</source>
        <translation>判定保修失效</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Void the warranty of %s</source>
        <translation>判定 %s 的保修失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A void warranty covers nothing, whatever its dates: repairs are charged. It can be reinstated later, with a reason.</source>
        <translation>保修失效后不再提供任何免费保修，无论日期如何：维修一律收费。之后可填写原因恢复保修。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the reason</source>
        <translation>选择原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The void conditions of the product&apos;s warranty policy.</source>
        <translation>该产品保修政策中规定的失效情形。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, e.g. water marks on the board</source>
        <translation>检查发现的情况，例如电路板上有水渍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the reason from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
</context>
<context>
    <name>WarrantyScreen</name>
    <message>
        <location filename="../../ui/warranty/screen.py" line="+139"/>
        <source>Print batch…</source>
        <translation>批量打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the certificates of a dealer&apos;s delivery</source>
        <translation>打印经销商一批出货的保修卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dealer&apos;s list of registrations (CSV)</source>
        <translation>导入经销商的保修登记清单（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each product&apos;s warranty policy</source>
        <translation>各产品的保修政策</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No warranties registered yet</source>
        <translation>尚未登记任何保修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the warranty of a unit sold with “Register warranty”, or import a dealer&apos;s list of sold units with “Import…”.</source>
        <translation>用“登记保修”登记已售设备的保修，或用“导入…”导入经销商的已售设备清单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%s”</source>
        <translation>没有与“%s”匹配的结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by certificate number, the start of a serial, the owner&apos;s name or phone, the dealer or the invoice reference.</source>
        <translation>可按保修卡号、序列号开头、机主姓名或电话、经销商或发票号搜索。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration selected</source>
        <translation>未选择登记记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a registration in the list to see whether it is covered, its dates and its history.</source>
        <translation>在列表中选择一条登记记录，查看其是否在保修期内、相关日期及历史记录。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Preparing the certificate…</source>
        <translation>正在准备保修卡…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warranty certificate %s</source>
        <translation>保修卡 %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a dealer&apos;s list</source>
        <translation>导入经销商清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV lists (*.csv *.txt);;All files (*)</source>
        <translation>CSV 清单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The import of %s was stopped. The rows imported before stay imported; import the file again to finish: those rows are skipped.</source>
        <translation>%s 的导入已停止。已导入的行会保留；再次导入该文件即可完成，已导入的行将被跳过。</translation>
    </message>
</context>
<context>
    <name>WeekCalendarView</name>
    <message>
        <location filename="../../ui/maintenance/calendar.py" line="+158"/>
        <source>‹ Previous</source>
        <translation>‹ 上一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>下一周 ›</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Everyone</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s – %s · week %d</source>
        <translation>%s – %s · 第 %d 周</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 visit</source>
        <translation>1 次上门服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} visits</source>
        <translation>{n} 次上门服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No visits this week</source>
        <translation>本周没有上门服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits booked from the due list appear here, one row per technician.</source>
        <translation>从到期清单预约的上门服务会显示在这里，每位技术员一行。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../ui/reports/chart.py" line="-68"/>
        <location line="+7"/>
        <source>Orders opened per week</source>
        <translation>每周新开工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders opened per month</source>
        <translation>每月新开工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders opened</source>
        <translation>新开工单</translation>
    </message>
</context>
<context>
    <name>_OrderMovementForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-309"/>
        <source>Scan the work order or type its number</source>
        <translation>扫描工单或输入工单号</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Scan the work order or type the repair order number.</source>
        <translation>请扫描工单或输入维修工单号。</translation>
    </message>
</context>
<context>
    <name>_PartMovementForm</name>
    <message>
        <location line="-101"/>
        <source>Part number</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2 or 1.5</source>
        <translation>例如 2 或 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the part number (scan the label or type it).</source>
        <translation>请输入备件编号（扫描标签或手动输入）。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+58"/>
        <location line="+6"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database in %s could not be opened:
%s</source>
        <translation>无法打开位于 %s 的数据库：
%s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fieldservice was updated</source>
        <translation>fieldservice 已更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fieldservice was updated. Your data was upgraded (schema %1 → %2); a copy from before the upgrade is in %3.</source>
        <translation>fieldservice 已更新。您的数据已升级（结构版本 %1 → %2）；升级前的备份位于 %3。</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/common/formdialog.py" line="+77"/>
        <source>Name of the technician</source>
        <translation>技术员姓名</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../ui/customers/screen.py" line="+43"/>
        <source>Search customers: name, phone, e-mail, company, town or number</source>
        <translation>搜索客户：姓名、电话、邮箱、公司、城镇或编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a customer in the list to see their details and units.</source>
        <translation>在列表中选择客户，查看其详细信息和设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="+29"/>
        <source>Search parts: part number, description, supplier</source>
        <translation>搜索备件：备件编号、描述、供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New part</source>
        <translation>新建备件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No part selected</source>
        <translation>未选择备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a part in the list to see its stock in every location, its bins and every movement.</source>
        <translation>在列表中选择一个备件，即可查看其在各库位的库存、所在货位和全部库存变动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 part</source>
        <translation>1 个备件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} parts</source>
        <translation>{n} 个备件</translation>
    </message>
    <message>
        <location filename="../../ui/units/screen.py" line="+39"/>
        <source>Search units: serial, owner&apos;s name or phone, product</source>
        <translation>搜索设备：序列号、机主姓名或电话、产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New unit</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unit selected</source>
        <translation>未选择设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a unit in the list to see what it is and who owns it.</source>
        <translation>在列表中选择设备，查看设备信息及其机主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/screen.py" line="-259"/>
        <source>Certificate, serial, owner, dealer, invoice</source>
        <translation>保修卡号、序列号、机主、经销商、发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register warranty</source>
        <translation>登记保修</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No registration selected</source>
        <translation>未选择登记记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a registration in the list to see whether it is covered, its dates and its history.</source>
        <translation>在列表中选择一条登记记录，查看其是否在保修期内、相关日期及历史记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 registration</source>
        <translation>1 条登记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} registrations</source>
        <translation>{n} 条登记</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/common/ops.py" line="+427"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>出现意外问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong and the work was not finished. Your saved data is safe. If it happens again, send the details below to your support contact.</source>
        <translation>出现错误，操作未完成。已保存的数据不受影响。如果再次发生，请将下面的详细信息发送给您的技术支持联系人。</translation>
    </message>
</context>
<context>
    <name>repairs</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+24"/>
        <source>Record that this order needs a part. The order cannot pass its quality check until the part is issued.</source>
        <translation>登记此工单需要的备件。备件出库前，工单无法通过质检。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give back a part the order did not use, or hand in the faulty part taken out of the unit (it goes to quarantine).</source>
        <translation>退回工单未使用的备件，或交回从设备上拆下的故障件（送隔离区）。</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../ui/maintenance/calendar.py" line="-170"/>
        <source>%d units</source>
        <translation>%d 台设备</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to complete the visit</source>
        <translation>点击完成上门服务</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/duelist.py" line="-236"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/maintenance/planlist.py" line="-164"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/maintenance/planlist.py" line="+6"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/maintenance/planlist.py" line="+6"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/maintenance/planlist.py" line="+14"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/planlist.py" line="-52"/>
        <source>Calendar</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>按读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar or meter</source>
        <translation>日期或读数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No owner</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last done</source>
        <translation>上次完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="-142"/>
        <location filename="../../ui/repairs/screen.py" line="-80"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: another customer has the same phone number</source>
        <translation>可能重复：另一位客户的电话号码相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/common/unitforms.py" line="+53"/>
        <location filename="../../ui/warranty/forms.py" line="-431"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/common/unitforms.py" line="-4"/>
        <location filename="../../ui/warranty/screen.py" line="-54"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/warranty/screen.py" line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/warranty/screen.py" line="+1"/>
        <source>Owner</source>
        <translation>机主</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/warranty/screen.py" line="+2"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/calls.py" line="-383"/>
        <location filename="../../ui/repairs/screen.py" line="+8"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attempt</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try %d of %d</source>
        <translation>第 %d/%d 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %s</source>
        <translation>%s 到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due since %s</source>
        <translation>%s 起已到期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/complaints.py" line="-237"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer · order</source>
        <translation>客户 · 工单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the customer said</source>
        <translation>客户反映</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/repairs/screen.py" line="-2"/>
        <location filename="../../ui/warranty/screen.py" line="+9"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to %s</source>
        <translation>已指派给 %s</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/duelist.py" line="-65"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %d days</source>
        <translation>%d 天后到期</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/repairs/screen.py" line="-2"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/words.py" line="+18"/>
        <source>By calendar</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meter reading</source>
        <translation>按计量读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar or meter, whichever comes first</source>
        <translation>日期或读数，以先到者为准</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the day the last visit was done</source>
        <translation>从上次上门服务完成之日起算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On fixed dates (from the start date)</source>
        <translation>按固定日期（从开始日期起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>running hours</source>
        <translation>运行小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>cycles</source>
        <translation>次循环</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d days late</source>
        <translation>逾期 %d 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every %d %s</source>
        <translation>每 %d %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every %s</source>
        <translation>每 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s or %s, whichever comes first</source>
        <translation>%s或%s，以先到者为准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on fixed dates</source>
        <translation>按固定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from the last visit</source>
        <translation>自上次上门服务起算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s, %s</source>
        <translation>%s，%s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every %s</source>
        <translation>每 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%d %s or %s</source>
        <translation>%d %s或%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter</source>
        <translation>按读数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Either</source>
        <translation>日期或读数</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="-327"/>
        <location filename="../../ui/parts/count.py" line="-542"/>
        <location filename="../../ui/parts/ordering.py" line="-166"/>
        <source>Part number</source>
        <translation>备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/parts/count.py" line="+1"/>
        <location filename="../../ui/parts/ordering.py" line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/repairs/screen.py" line="+6"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/parts/ordering.py" line="+2"/>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/parts/ordering.py" line="+9"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>默认货位</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count.py" line="-10"/>
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the books when the count started</source>
        <translation>盘点开始时的账面数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hand now</source>
        <translation>当前现有</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the books now: posting compares the count with this</source>
        <translation>当前账面数量：过账时以此与实盘数比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/parts/history.py" line="+21"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue to order</source>
        <translation>工单领用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return from order</source>
        <translation>工单退库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty part returned</source>
        <translation>故障件退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer out</source>
        <translation>调拨出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer in</source>
        <translation>调拨入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count result</source>
        <translation>盘点结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>↩ %s of %s</source>
        <translation>↩ 冲销 %s（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed %s</source>
        <translation>已冲销（%s）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Override by %s: %s</source>
        <translation>%s 特批：%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverses: %s</source>
        <translation>冲销：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by: %s</source>
        <translation>被冲销：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Movement</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference / order</source>
        <translation>单号 / 工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/parts/ordering.py" line="-16"/>
        <source>%s · no lead time recorded</source>
        <translation>%s · 未记录交货周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s · lead time %d days</source>
        <translation>%s · 交货周期 %d 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>待领用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>建议数量</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/screen.py" line="-3"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>开单日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due / time left</source>
        <translation>到期 / 剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-3"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/warranty/screen.py" line="-2"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported list</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/policies.py" line="-353"/>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s warranty, then %s service (chargeable)</source>
        <translation>保修 %s，之后服务期 %s（收费）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s warranty, no service period</source>
        <translation>保修 %s，无服务期</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/registration.py" line="-293"/>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service period</source>
        <translation>服务期（收费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Expired</source>
        <translation>已过保</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Void</source>
        <translation>保修失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last day today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day left</source>
        <translation>剩余 1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days left</source>
        <translation>剩余 {n} 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void: %s</source>
        <translation>保修失效：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided on %s by %s. Repairs are chargeable.</source>
        <translation>于 %s 由 %s 判定失效。维修需收费。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %s</source>
        <translation>备注：%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty until %s</source>
        <translation>保修期内，至 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>then service period until %s</source>
        <translation>之后服务期至 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service period until %s</source>
        <translation>服务期（收费）至 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ended %s. Repairs are chargeable; %s of support.</source>
        <translation>保修已于 %s 结束。维修需收费；服务期%s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warranty ended %s; service period ended %s.</source>
        <translation>保修已于 %s 结束；服务期已于 %s 结束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty ended %s; no service period.</source>
        <translation>保修已于 %s 结束；无服务期。</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/screen.py" line="-17"/>
        <source>Certificate</source>
        <translation>保修卡号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty void</source>
        <translation>保修已失效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warranty until</source>
        <translation>保修到期</translation>
    </message>
</context>
</TS>
