<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/badges.py" line="+65"/>
        <source>Covered · in warranty</source>
        <translation>保固內免費 · 保固期內</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chargeable · %s</source>
        <translation>需付費 · %s</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="+27"/>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>檢測中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for parts</source>
        <translation>等待零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>等待客戶確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In repair</source>
        <translation>維修中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality check</source>
        <translation>品檢</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Ready for pickup</source>
        <translation>待取件</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../ui/repairs/clock.py" line="+18"/>
        <source>Delivered</source>
        <translation>已交件</translation>
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
        <translation>緊急</translation>
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
        <translation>安裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning</source>
        <translation>調試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>教育訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive maintenance</source>
        <translation>預防性保養</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault repair</source>
        <translation>故障維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>換貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return / refund</source>
        <translation>退貨 / 退款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site visit</source>
        <translation>到府服務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty</source>
        <translation>保固期內</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service period</source>
        <translation>服務期（收費）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty expired</source>
        <translation>已過保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty void</source>
        <translation>保固失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>未登錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start diagnosis</source>
        <translation>開始檢測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for parts</source>
        <translation>等待零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to approve</source>
        <translation>請客戶確認報價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start repair</source>
        <translation>開始維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair done: quality check</source>
        <translation>維修完成，送品檢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand back to the customer</source>
        <translation>交件給客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>取消工單…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to diagnosis</source>
        <translation>退回檢測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts here: repair</source>
        <translation>零件已到，開始維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: repair</source>
        <translation>客戶已確認，開始維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined: return unrepaired…</source>
        <translation>客戶拒絕，未修退回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: back to repair</source>
        <translation>品檢未通過，退回維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed: ready for pickup</source>
        <translation>品檢通過，待取件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Serial %s has no warranty registration: repairs are chargeable.</source>
        <translation>序號 %s 沒有保固登錄，維修需付費。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty void: %s. Repairs are chargeable.</source>
        <translation>保固失效：%s。維修需付費。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty until %s (%s days left).</source>
        <translation>保固期至 %s（剩餘 %s 天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty ended %s; service period (chargeable) until %s.</source>
        <translation>保固已於 %s 到期；服務期（收費）至 %s。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty and service period ended %s.</source>
        <translation>保固期與服務期已於 %s 結束。</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/clock.py" line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock stopped</source>
        <translation>計時暫停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue %s</source>
        <translation>逾期 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s left</source>
        <translation>剩餘 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed back %s.</source>
        <translation>已於 %s 交件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>已取消：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready since %s.</source>
        <translation>自 %s 起待取件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clock stopped while waiting for the customer (since %s).</source>
        <translation>等待客戶期間計時暫停（自 %s 起）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue by %s · the repair was due %s</source>
        <translation>已逾期 %s · 應於 %s 修復</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s left · due %s</source>
        <translation>剩餘 %s · %s 到期</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+183"/>
        <source>Request a part</source>
        <translation>申請零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue a part</source>
        <translation>零件出庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>出庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a part out of stock for this order.</source>
        <translation>為此工單從庫存領用零件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return a part</source>
        <translation>零件退庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退庫</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/documents.py" line="+25"/>
        <source>Work order (A4)</source>
        <translation>工單（A4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A5)</source>
        <translation>工單（A5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 62 mm</source>
        <translation>標籤 62 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 57 × 32 mm</source>
        <translation>標籤 57 × 32 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake receipt</source>
        <translation>收件單</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the document…</source>
        <translation>正在產生文件…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+27"/>
        <source>About fieldservice</source>
        <translation>關於 fieldservice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After-sales service: repairs, warranty, spare parts and maintenance, for service centres working offline with head-office sync.</source>
        <translation>售後服務管理：維修、保固、零件與保養，適用於離線作業、與總公司同步的服務中心。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these details, e.g. to send them to support</source>
        <translation>複製這些資訊，例如傳送給技術支援</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not set up yet</source>
        <translation>尚未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (up to date)</source>
        <translation>%s（已是最新）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (this version knows up to %s)</source>
        <translation>%s（此版本最高支援到 %s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>服務中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision</source>
        <translation>資料庫結構版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>資料目錄</translation>
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
        <translation>調整庫存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>調整數量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Add to stock (found)</source>
        <translation>+ 增加庫存（找到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− Take off stock (damaged, lost)</source>
        <translation>− 減少庫存（損壞、遺失）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part&apos;s default bin</source>
        <translation>零件的預設儲位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: what happened</source>
        <translation>必填：說明發生了什麼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
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
        <translation>更正登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend %s</source>
        <translation>更正 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct what was recorded wrongly. Each change is kept in the history with the old value and your reason.</source>
        <translation>更正登錄錯誤的內容。每項修改都會連同原值和您填寫的原因記入歷程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase date</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice reference</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: e.g. the date on the invoice is the 14th</source>
        <translation>原因：例如發票上的日期是 14 日</translation>
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
        <translation>指派客訴</translation>
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
        <translation>指派給</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/warranty/certificates.py" line="+40"/>
        <source>Print certificates</source>
        <translation>列印保固卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print certificates in a batch</source>
        <translation>批次列印保固卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a delivery by dealer, invoice or registration dates. Every matching certificate is written into one PDF, one per page.</source>
        <translation>依經銷商、發票或登錄日期選擇一批出貨。所有符合條件的保固卡將產生到同一個 PDF 中，每頁一張。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any dealer</source>
        <translation>任一經銷商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any invoice</source>
        <translation>任一發票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice reference</source>
        <translation>發票號碼</translation>
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
        <translation>從</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered</source>
        <translation>登錄日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PDF…</source>
        <translation>產生 PDF…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Correct the registration dates to count the certificates.</source>
        <translation>請更正登錄日期，以便計算保固卡數量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a dealer, an invoice or registration dates.</source>
        <translation>請選擇經銷商、發票或登錄日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No registration matches this choice.</source>
        <translation>沒有符合條件的登錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 certificate matches.</source>
        <translation>1 張保固卡符合條件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates match.</source>
        <translation>{n} 張保固卡符合條件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write certificates to</source>
        <translation>將保固卡儲存至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate %1 of %2</source>
        <translation>第 %1 張，共 %2 張</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No registration matches this choice any more: nothing was written.</source>
        <translation>已沒有符合條件的登錄：未產生任何檔案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing warranty certificates…</source>
        <translation>正在產生保固卡…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 certificate written to %s.</source>
        <translation>已將 1 張保固卡產生至 %s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates written to %s.</source>
        <translation>已將 {n} 張保固卡產生至 %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open preview</source>
        <translation>開啟預覽</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: no file was written.</source>
        <translation>已停止：未產生任何檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: %s</source>
        <translation>無法讀取該檔案：%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty certificates</source>
        <translation>保固卡</translation>
    </message>
</context>
<context>
    <name>BookVisitDialog</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="+274"/>
        <source>Book a visit</source>
        <translation>預約到府服務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a visit for 1 unit</source>
        <translation>為 1 台設備預約到府服務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book one visit for {n} units</source>
        <translation>為 {n} 台設備預約一次到府服務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each unit gets its own on-site maintenance order with the plan&apos;s checklist; the orders share this visit&apos;s time and technician.</source>
        <translation>每台設備各建立一張到府保養工單，附帶計畫的檢查清單；這些工單共用本次到府服務的時間與技術人員。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book visit</source>
        <translation>預約到府服務</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No address recorded</source>
        <translation>未登錄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>日期與時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These units are at %d different addresses, and a visit is at one address. Choose units at one address, or book one address at a time.</source>
        <translation>這些設備位於 %d 個不同地址，而一次到府服務只能前往一個地址。請選擇同一地址的設備，或每次為一個地址預約。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A visit is already booked for %s.</source>
        <translation>%s 已預約到府服務。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the day of the visit.</source>
        <translation>請填寫到府服務日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who makes the visit.</source>
        <translation>請指定到府的技術人員。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/followups/calls.py" line="+186"/>
        <source>What was done</source>
        <translation>處理內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>回訪結果</translation>
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
        <translation>非常不滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very happy</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translation>完全不會</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>certainly</source>
        <translation>一定會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very easy</source>
        <translation>非常容易</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very hard</source>
        <translation>非常困難</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How satisfied were you with the service? (CSAT)</source>
        <translation>您對本次服務滿意嗎？（CSAT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would you recommend us to a friend? (NPS)</source>
        <translation>您會向朋友推薦我們嗎？（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How easy was it to get it sorted? (effort)</source>
        <translation>問題處理的過程容易嗎？（費力度）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment</source>
        <translation>客戶意見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer said, in their words</source>
        <translation>記錄客戶的原話</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save call</source>
        <translation>儲存回訪</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No owner recorded</source>
        <translation>未登錄客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>無電話號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %s · unit %s · try %d of %d</source>
        <translation>工單 %s · 設備 %s · 第 %d 次（共 %d 次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written on the order.</source>
        <translation>工單上未填寫處理內容。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save: not reached</source>
        <translation>儲存：未接通</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location line="+50"/>
        <source>No calls to make today</source>
        <translation>今天沒有要回訪的客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call is planned some days after each order is handed back; it shows here on its day.</source>
        <translation>每張工單交件後數天會安排一次回訪，到期當天會顯示在這裡。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a call</source>
        <translation>選擇回訪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a customer from the list to call.</source>
        <translation>從清單中選擇要回訪的客戶。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 call to make</source>
        <translation>1 通待回訪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} calls to make</source>
        <translation>{n} 通待回訪</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say whether the customer answered.</source>
        <translation>請選擇是否接通。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%s not reached: the call is moved to %s (try %d of %d).</source>
        <translation>%s 未接通：回訪已改至 %s（第 %d 次，共 %d 次）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s not reached after %d tries: the call is closed.</source>
        <translation>%s 撥打 %d 次皆未接通：回訪已結束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call with %s saved. The customer is unhappy.</source>
        <translation>與 %s 的回訪已儲存。客戶不滿意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call with %s saved. Thank you!</source>
        <translation>與 %s 的回訪已儲存。謝謝！</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About order %s of %s (unit %s).</source>
        <translation>關於工單 %s（客戶：%s，設備：%s）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no owner</source>
        <translation>未登錄</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaint %s opened.</source>
        <translation>客訴 %s 已建立。</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="+400"/>
        <source>Print labels…</source>
        <translation>列印標籤…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels for the selected parts, or for a bin</source>
        <translation>為所選零件或某個儲位列印標籤</translation>
    </message>
</context>
<context>
    <name>ChargesPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+78"/>
        <source>Charges</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered by the warranty</source>
        <translation>保固涵蓋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>應付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>報價</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="-44"/>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaint</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the customer complains about</source>
        <translation>客戶反映的問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who looks into it (optional)</source>
        <translation>由誰處理（選填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to</source>
        <translation>指派給</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/followups/complaints.py" line="+117"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All complaints</source>
        <translation>全部客訴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New complaint…</source>
        <translation>新增客訴…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer said</source>
        <translation>客戶反映</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a complaint</source>
        <translation>選擇客訴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its details show here.</source>
        <translation>詳細資料會顯示在這裡。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 complaint</source>
        <translation>1 筆客訴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} complaints</source>
        <translation>{n} 筆客訴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unresolved complaints</source>
        <translation>沒有未解決的客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint recorded has been resolved.</source>
        <translation>所有已登錄的客訴皆已解決。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No complaints</source>
        <translation>尚無客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints come from follow-up calls or are recorded with New complaint…</source>
        <translation>客訴來自回訪，也可透過「新增客訴…」建立。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>處理人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解決日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%s resolved.</source>
        <translation>%s 已結案。</translation>
    </message>
</context>
<context>
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="+23"/>
        <location line="+3"/>
        <source>Complete visit</source>
        <translation>完成到府服務</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Complete visit %s</source>
        <translation>完成到府服務 %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%s · due %s · %s</source>
        <translation>%s · 到期 %s · %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This plan has no checklist.</source>
        <translation>此計畫沒有檢查清單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The next service is counted from this reading (due at %s).</source>
        <translation>下次保養從此讀數起算（讀數達 %s 時到期）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter reading</source>
        <translation>儀表讀數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was found or left for next time</source>
        <translation>發現的問題或留待下次處理的事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <location filename="../../ui/parts/count.py" line="+157"/>
        <source>Start a count</source>
        <translation>發起盤點</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count sheet lists what the books say for each part and bin of the location. Scan each part on the shelf and enter what you find; parts not on the sheet are added as you scan them.</source>
        <translation>盤點表列出該庫位每項零件、每個儲位的帳面數量。逐一掃描貨架上的零件並輸入實盤數；不在盤點表上的零件掃描後會自動加入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First bin (optional)</source>
        <translation>起始儲位（選填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bin (optional)</source>
        <translation>結束儲位（選填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>From bin</source>
        <translation>起始儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bin</source>
        <translation>結束儲位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start count</source>
        <translation>開始盤點</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counts in progress</source>
        <translation>進行中的盤點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue counting</source>
        <translation>繼續盤點</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count</source>
        <translation>盤點單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bins</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>Counted</source>
        <translation>已盤點</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>No count in progress</source>
        <translation>沒有進行中的盤點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a count of a location, or of a range of its bins, on the left.</source>
        <translation>請在左側對某個庫位或其中一段儲位發起盤點。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s of %s lines</source>
        <translation>%s / %s 筆</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All counts</source>
        <translation>所有盤點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel count…</source>
        <translation>取消盤點…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post count…</source>
        <translation>盤點過帳…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan or type the part number</source>
        <translation>掃描或輸入料號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default bin</source>
        <translation>預設儲位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <translation>實盤數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part number</source>
        <translation>料號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a part&apos;s label: the cursor moves to Counted; Enter records the line and returns to the part number. Leave Bin empty for the part&apos;s default bin.</source>
        <translation>掃描零件標籤後，游標會移到實盤數；按 Enter 記錄該筆並回到料號。儲位留空即為該零件的預設儲位。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lines not counted are left as they are when the count is posted: they are not set to zero.</source>
        <translation>過帳時，未盤點的項目維持原狀，不會歸零。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Count %s</source>
        <translation>盤點單 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s, bins %s to %s</source>
        <translation>%s，儲位 %s 至 %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s, every bin</source>
        <translation>%s，全部儲位</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+121"/>
        <source>1 line</source>
        <translation>1 筆</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>{n} lines</source>
        <translation>{n} 筆</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>1 counted</source>
        <translation>已盤點 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} counted</source>
        <translation>已盤點 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difference</source>
        <translation>差異 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} differences</source>
        <translation>差異 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 not counted</source>
        <translation>未盤點 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} not counted</source>
        <translation>未盤點 {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scan the part&apos;s label or type its number.</source>
        <translation>請掃描零件標籤或輸入料號。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recorded: %s in bin %s, counted %s, on hand %s, difference %s</source>
        <translation>已記錄：%s，儲位 %s，實盤 %s，帳面現有 %s，差異 %s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 line differs from the books: its difference is booked as a count movement.</source>
        <translation>1 筆與帳面不符：差異將記為盤點異動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} lines differ from the books: their differences are booked as count movements.</source>
        <translation>{n} 筆與帳面不符：差異將記為盤點異動。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every counted line matches the books: nothing is booked.</source>
        <translation>所有已盤點項目均與帳面相符，無需入帳。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 line was not counted: it is left as it is, not set to zero.</source>
        <translation>1 筆未盤點：維持原狀，不會歸零。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines were not counted: they are left as they are, not set to zero.</source>
        <translation>{n} 筆未盤點：維持原狀，不會歸零。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post count %s</source>
        <translation>盤點單 %s 過帳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post count %s?</source>
        <translation>確定將盤點單 %s 過帳？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post count</source>
        <translation>過帳</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count %s posted: %s counted, %s left as they were.</source>
        <translation>盤點單 %s 已過帳：已盤點 %s，%s（維持原狀）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line not counted</source>
        <translation>1 筆未盤點</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lines not counted</source>
        <translation>{n} 筆未盤點</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel count %s</source>
        <translation>取消盤點單 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel count %s?</source>
        <translation>確定取消盤點單 %s？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was entered is dropped and nothing is booked. Stock is not changed.</source>
        <translation>已輸入的內容將被捨棄，不會入帳，庫存不變。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel count</source>
        <translation>取消盤點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep counting</source>
        <translation>繼續盤點</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Count %s cancelled; stock unchanged.</source>
        <translation>盤點單 %s 已取消，庫存未變。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/common/cards.py" line="+389"/>
        <source>Open customer</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>聯絡資訊</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Register a unit for this customer</source>
        <translation>為此客戶登錄設備</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a unit to see its repair orders.</source>
        <translation>按兩下設備可查看其維修工單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible duplicate: %s (%s) has the same phone number. Check whether they are the same customer.</source>
        <translation>可能重複：%s（%s）的電話號碼相同。請確認是否為同一客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicate: another customer has the same phone number.</source>
        <translation>可能重複：另一位客戶的電話號碼相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %s</source>
        <translation>開啟 %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a duplicate</source>
        <translation>不是重複客戶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No units registered for this customer.</source>
        <translation>此客戶名下沒有登錄設備。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s units; the newest %s are listed.</source>
        <translation>%s 台設備，僅列出最新的 %s 台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s units</source>
        <translation>%s 台設備</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/common/customerform.py" line="+34"/>
        <location line="+7"/>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Edit customer</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %s</source>
        <translation>編輯 %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 0113 496 0123 or +49 30 1234567</source>
        <translation>例如：0912 345 678 或 +886 2 2345 6789</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This phone number is already used by %s (%s).</source>
        <translation>此電話號碼已被 %s（%s）使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 other customer has it too.</source>
        <translation>另有 1 位客戶也使用此號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other customers have it too.</source>
        <translation>另有 {n} 位客戶也使用此號碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it is the same person, open their record instead. Families and companies sometimes share a phone: then save anyway, and the new record is marked as a possible duplicate for someone to check.</source>
        <translation>如果是同一個人，請改為開啟其現有資料。家人或同一公司有時共用一支電話：這種情況下仍可儲存，新資料會被標記為「可能重複」，等待人員確認。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open %s</source>
        <translation>開啟 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>仍要儲存</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="+241"/>
        <source>Name or phone, then Enter</source>
        <translation>輸入姓名或電話後按 Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner</source>
        <translation>無所有人</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the owner</source>
        <translation>選擇所有人</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/datefield.py" line="+240"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>從日曆中選擇（Alt+↓）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Enter a date, e.g. %s.</source>
        <translation>請輸入日期，例如 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a date. Type it as %2 or %3.</source>
        <translation>「%1」不是有效日期。請依 %2 或 %3 的格式輸入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too early: the earliest day is %s.</source>
        <translation>%s 過早：最早可選 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the future.</source>
        <translation>%s 是未來的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s is too late: the last day is %s.</source>
        <translation>%s 過晚：最晚可選 %s。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the date, e.g. %1 or %2.</source>
        <translation>請輸入日期，例如 %1 或 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T: today · Y: yesterday · Up/Down: a day later/earlier · Alt+Down: calendar</source>
        <translation>T：今天 · Y：昨天 · ↑/↓：後一天/前一天 · Alt+↓：日曆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the field if the date is not known.</source>
        <translation>日期不詳時請清空此欄位。</translation>
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
        <translation>在日期欄位中按 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y in the date field</source>
        <translation>在日期欄位中按 Y</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="+70"/>
        <source>Follow-up calls</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to call customers back</source>
        <translation>何時回訪客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders handed back from now on get their call this many days later. Calls already planned keep their day.</source>
        <translation>此後交件的工單會在交件後依此天數安排回訪。已安排的回訪日期不變。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days after the order is handed back</source>
        <translation>天後（自工單交件起）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a number of days.</source>
        <translation>請輸入天數。</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+91"/>
        <location line="+4"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds made-up customers, a product catalogue and units to this centre, to try the application out. They are saved like real records.</source>
        <translation>為本服務中心加入虛構的客戶、產品目錄與設備，供試用本軟體。這些資料會如同真實資料一樣儲存。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load</source>
        <translation>載入</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="+90"/>
        <source>What is in front of you?</source>
        <translation>要查詢什麼？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A USB scanner works from anywhere in the window: just scan. Press F2 or Ctrl+K to come back to this field.</source>
        <translation>USB 掃描器在視窗任何位置皆可使用：直接掃描即可。按 F2 或 Ctrl+K 可回到此欄位。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready for the next customer</source>
        <translation>準備接待下一位客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the QR tag or the serial label of a unit to see its owner and details, or look a customer up by phone number, customer number or name.</source>
        <translation>掃描設備的 QR 標籤或序號標籤，查看其所有人與詳細資料；也可依電話、客戶編號或姓名查詢客戶。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing found for “%s”</source>
        <translation>找不到「%s」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unit has this serial number, and no customer has this phone number, customer number or name. Check the spelling, try fewer words, or register the unit or customer.</source>
        <translation>沒有設備使用此序號，也沒有客戶符合此電話、客戶編號或姓名。請檢查拼字、減少關鍵字，或登錄該設備或客戶。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is registered at another centre</source>
        <translation>「%s」登錄於其他服務中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown read only, as the head office has it; the record stays there.</source>
        <translation>以唯讀方式顯示總公司的資料；紀錄仍保存在總公司。</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../../ui/common/forms.py" line="+247"/>
        <location line="+1"/>
        <source>Discard what you typed?</source>
        <translation>捨棄已輸入的內容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this window has not been saved.</source>
        <translation>此視窗中輸入的內容尚未儲存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="+51"/>
        <location line="+1"/>
        <source>Printed documents</source>
        <translation>列印文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders, intake receipts, warranty certificates and labels print in this language, whatever language the screens speak.</source>
        <translation>工單、收件單、保固卡和標籤皆以此語言列印，與畫面語言無關。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document language</source>
        <translation>文件語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Chinese first, English beneath)</source>
        <translation>中英雙語（中文在上，英文在下）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conditions of service</source>
        <translation>服務條款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed on the intake receipt in the document&apos;s language. Left empty, the built-in text is printed.</source>
        <translation>以文件語言列印在收件單上。留空則列印內建條款。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Empty: the built-in text is printed.</source>
        <translation>留空：列印內建條款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the built-in text</source>
        <translation>使用內建條款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the built-in text here, to print as it is or to change (Ctrl+Z undoes).</source>
        <translation>在此填入內建條款，可直接列印或加以修改（Ctrl+Z 可復原）。</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <location filename="../../ui/reports/drill.py" line="+46"/>
        <source>Back to the figures</source>
        <translation>返回指標</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export list…</source>
        <translation>匯出清單…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order of the list, not only those shown</source>
        <translation>匯出清單中的全部工單，不限於顯示的部分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click an order to open it.</source>
        <translation>按兩下工單即可開啟。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 order</source>
        <translation>1 張工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 張工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest %1 shown</source>
        <translation>僅顯示最新 %1 張</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>目前狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>收件時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>交件時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>結果</translation>
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
        <translation>未來 %d 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plans of this unit</source>
        <translation>此設備的計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete visit…</source>
        <translation>完成到府服務…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book visit…</source>
        <translation>預約到府服務…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more due items at one address (Ctrl+click to add)</source>
        <translation>選取同一地址的一個或多個到期項目（按住 Ctrl 點選可多選）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>All technicians</source>
        <translation>全部技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1 overdue</source>
        <translation>逾期 1 項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} overdue</source>
        <translation>逾期 {n} 項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 due this week</source>
        <translation>本週到期 1 項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} due this week</source>
        <translation>本週到期 {n} 項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 upcoming</source>
        <translation>即將到期 1 項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} upcoming</source>
        <translation>即將到期 {n} 項</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing due</source>
        <translation>無到期項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No maintenance is due within %d days of %s for this choice. Plans are added under Unit plans, for one unit or for every unit of a product.</source>
        <translation>依目前篩選條件，%d 天內（自 %s 起）沒有到期的保養。保養計畫在「設備計畫」中新增，可為單台設備新增，也可為某產品的所有設備新增。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 selected</source>
        <translation>已選 1 項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} selected</source>
        <translation>已選 {n} 項</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/sync/enrol.py" line="+42"/>
        <source>Connect this centre to the head office</source>
        <translation>將本服務中心連線至總公司</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This centre works on its own database and keeps working without a connection. Once it is enrolled, it sends its work to the head office every few minutes and receives the shared catalogue and the other centres&apos; customers.</source>
        <translation>本服務中心使用自己的資料庫，沒有網路連線也能照常作業。註冊（連線總公司）後，每隔幾分鐘會將作業資料傳送至總公司，並接收共用的產品目錄與其他服務中心的客戶。</translation>
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
        <translation>總公司伺服器位址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time code</source>
        <translation>一次性註冊碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head office gives this code once, when it adds the centre. It works for one enrolment only.</source>
        <translation>總公司新增本服務中心時會提供此碼，僅提供一次。此碼只能用於一次註冊。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrol this centre</source>
        <translation>註冊本服務中心</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This centre: %s · %s</source>
        <translation>本服務中心：%s · %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the one-time code from the head office.</source>
        <translation>請輸入總公司提供的一次性註冊碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacting the head office…</source>
        <translation>正在連線總公司…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The head office cannot be reached at this address. Check the address and this computer&apos;s connection, then try again.</source>
        <translation>無法透過此位址連線總公司。請檢查位址與本機的網路連線，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="+26"/>
        <source>Extend warranty</source>
        <translation>延長保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend %s</source>
        <translation>延長 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service period moves with the warranty&apos;s end.</source>
        <translation>服務期隨保固截止日期一併順延。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. goodwill after a repeated repair</source>
        <translation>例如：多次返修後的特殊延長保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The warranty will end on %s instead of %s.</source>
        <translation>保固將於 %s 到期，而非 %s。</translation>
    </message>
</context>
<context>
    <name>FailureCurve</name>
    <message>
        <location filename="../../ui/reports/chart.py" line="+122"/>
        <source>Failures per 100 units, by month in service</source>
        <translation>每百台故障數（依使用月數）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Month in service</source>
        <translation>使用月數</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../ui/followups/screen.py" line="+42"/>
        <source>Today&apos;s calls</source>
        <translation>今日回訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days after delivery customers are called</source>
        <translation>交件後幾天回訪客戶</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers are called 1 day after delivery</source>
        <translation>交件 1 天後回訪客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers are called {n} days after delivery</source>
        <translation>交件 {n} 天後回訪客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers are called on the day of delivery</source>
        <translation>交件當天回訪客戶</translation>
    </message>
</context>
<context>
    <name>HeadOfficeReports</name>
    <message>
        <location filename="../../ui/reports/headoffice.py" line="+241"/>
        <source>Head-office reports</source>
        <translation>總公司報表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>League of the centres</source>
        <translation>服務中心排名</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Head office: %1</source>
        <translation>總公司：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the head office…</source>
        <translation>正在向總公司查詢…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened</source>
        <translation>新開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已交件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at end</source>
        <translation>期末未結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnaround
median (h)</source>
        <translation>周轉時間
中位數（小時）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnaround
90% (h)</source>
        <translation>周轉時間
90%（小時）</translation>
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
修復率</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 answers</source>
        <translation>%1 份回覆</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Repeats
30 days</source>
        <translation>30 天內
重複維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints
per 100</source>
        <translation>每百單
客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty
cost</source>
        <translation>保固
成本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre</source>
        <translation>服務中心</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+119"/>
        <source>Figures of the chain</source>
        <translation>全部服務中心的指標</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Figures of</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <location line="+34"/>
        <source>The whole chain</source>
        <translation>全部服務中心</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Compare the centres on</source>
        <translation>比較各服務中心的</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a period: the end cannot come before the start.</source>
        <translation>請選擇期間：結束日期不能早於開始日期。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Figures of %1</source>
        <translation>%1的指標</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Each tile is compared with %1.</source>
        <translation>各項指標均與 %1 比較。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 #%2</source>
        <translation>%1 第%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place %1 among the centres (1 is the best)</source>
        <translation>在各服務中心中排第 %1（1 為最佳）</translation>
    </message>
</context>
<context>
    <name>HeadOfficeSignIn</name>
    <message>
        <location line="-564"/>
        <source>Head-office reports</source>
        <translation>總公司報表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the figures of every centre</source>
        <translation>檢視各服務中心的指標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The head office gives a reporting token to the people who may read every centre&apos;s figures. The figures are the head office&apos;s, as of the centres&apos; last sync.</source>
        <translation>總公司會發給有權檢視各服務中心指標的人員報表權杖。指標來自總公司的資料，截至各服務中心最近一次同步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>https://headoffice.example.com</source>
        <translation>https://headoffice.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office address</source>
        <translation>總公司伺服器位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting token</source>
        <translation>報表權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the token on this computer</source>
        <translation>在這台電腦記住權杖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the system&apos;s keyring, never in a file; it is not shown again.</source>
        <translation>儲存在系統金鑰圈中，不會寫入檔案，也不會再次顯示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the reports</source>
        <translation>開啟報表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remembered on this computer</source>
        <translation>已在這台電腦記住</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the token from the head office</source>
        <translation>貼上總公司提供的權杖</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Asking the head office…</source>
        <translation>正在向總公司查詢…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This computer has no keyring: the token is not kept.</source>
        <translation>這台電腦沒有系統金鑰圈：權杖未儲存。</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/warranty/registration.py" line="+169"/>
        <source>Channel: %s</source>
        <translation>管道：%s</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+141"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened: %s</source>
        <translation>開單：%s</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/common/importreport.py" line="+54"/>
        <source>Import report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import stopped</source>
        <translation>匯入已停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read as %s</source>
        <translation>以 %s 讀取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was refused</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The import was stopped before the end; the lines before stay imported.</source>
        <translation>匯入未完成即被停止；已匯入的行仍會保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused lines changed nothing. Correct them in the file and import it again: lines already imported are recognised and skipped.</source>
        <translation>被拒絕的行未做任何變更。請在檔案中修正後重新匯入：已匯入的行會被識別並略過。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every line was imported or was there already.</source>
        <translation>所有行皆已匯入或已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy refused lines</source>
        <translation>複製被拒絕的行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/repairs/intake.py" line="+227"/>
        <location line="+5"/>
        <source>New repair order</source>
        <translation>新增維修工單</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · respond within %d h, resolve within %d h</source>
        <translation>%s · %d 小時內回應，%d 小時內解決</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scan the unit&apos;s serial label or QR tag, or type the serial and press Enter. Then write down what the customer says and what came with the unit.</source>
        <translation>掃描設備的序號標籤或 QR 標籤，或輸入序號後按 Enter。接著記下客戶描述的問題及隨機附帶的物品。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan or type the serial, then Enter</source>
        <translation>掃描或輸入序號，然後按 Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>via</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>服務類型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>優先等級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says is wrong, in their words</source>
        <translation>客戶所述故障（依客戶原話記錄）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came with the unit, e.g. power cord, remote</source>
        <translation>隨機附件，例如電源線、遙控器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessories</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visible damage, e.g. scratches on top, dent on the left side</source>
        <translation>外觀損傷，例如頂部刮痕、左側凹陷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assigned yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit is back with the same fault as this earlier repair: the repairs of one fault count towards an exchange.</source>
        <translation>設備因與先前這次維修相同的故障再次送修：同一故障的修理次數計入換貨條件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same fault as</source>
        <translation>同一故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>三包</source>
        <translation>三包</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refuse warranty for this repair</source>
        <translation>本次維修拒絕保固</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saw, e.g. coffee inside the control panel</source>
        <translation>您看到的情況，例如控制面板內有咖啡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Print the receipt for the customer to sign and keep, and the work order or label that travels with the unit.</source>
        <translation>列印收件單供客戶簽名留存，並列印隨設備流轉的工單或標籤。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Intake receipt</source>
        <translation>收件單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A4)</source>
        <translation>工單（A4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order (A5)</source>
        <translation>工單（A5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label 62 mm</source>
        <translation>標籤 62 mm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Enter opens the order</source>
        <translation>Ctrl+Enter 開單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>開單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the repair order (Ctrl+Enter)</source>
        <translation>建立維修工單（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Scan or type the serial number.</source>
        <translation>請掃描或輸入序號。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A new fault</source>
        <translation>新故障</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No 三包 decision</source>
        <translation>不按三包處理</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This unit has no warranty registration to refuse.</source>
        <translation>此設備沒有保固登錄，無法拒絕保固。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warranty is already void: %s.</source>
        <translation>保固已失效：%s。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voids the warranty registration, with the reason, before the order opens.</source>
        <translation>開單前將該保固登錄作廢，並記錄原因。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No unit has this serial: register it below, then open the order.</source>
        <translation>沒有設備使用此序號：請在下方登錄後再開單。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order %s is open</source>
        <translation>工單 %s 已建立</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>三包 decision: %s</source>
        <translation>三包處理：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is in the list; print now or later from the order.</source>
        <translation>工單已在清單中；可立即列印，也可稍後從工單列印。</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="-207"/>
        <source>At intake</source>
        <translation>收件資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s by %s</source>
        <translation>%s，由 %s 收件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>服務類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>保固狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收件時間</translation>
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
        <translation>出庫至維修工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue</source>
        <translation>出庫</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any bin</source>
        <translation>任一儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: taken from the default bin first, then the others</source>
        <translation>留空：先從預設儲位出庫，再從其他儲位出庫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From location</source>
        <translation>出庫庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MANAGER&apos;S OVERRIDE</source>
        <translation>主管特別核准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A manager may allow issuing more than the books show here; stock there then goes below zero until it is received or counted. Their name and the reason are kept with the movement.</source>
        <translation>主管可核准超出此處帳面數量出庫；之後該處庫存將為負數，直到入庫或盤點。主管姓名與原因會隨該筆庫存異動一併記錄。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name of the manager who allows it</source>
        <translation>核准主管的姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. customer waiting; stock arriving tomorrow</source>
        <translation>例如：客戶在等候；明天到貨</translation>
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
        <translation>特准出庫</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Repair order %s is closed: parts cannot be issued to it.</source>
        <translation>維修工單 %s 已結案，無法再對其出庫零件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the manager who allows it.</source>
        <translation>請輸入核准主管的姓名。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Issue from:</source>
        <translation>改由以下庫位出庫：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (%s on hand)</source>
        <translation>%s（現有 %s）</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/reports/tiles.py" line="+73"/>
        <source>Click to see the orders behind this figure</source>
        <translation>點擊查看此數字背後的工單</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/parts/labels.py" line="+36"/>
        <source>Print labels</source>
        <translation>列印標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation>預覽…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each label carries the part number as text and as a QR code, the description and the bin. Scanning it types the part number.</source>
        <translation>每張標籤印有料號（文字與 QR 碼）、描述與儲位。掃描標籤即可輸入料號。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The part selected in the list</source>
        <translation>清單中選取的零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {n} parts selected in the list</source>
        <translation>清單中選取的 {n} 項零件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every part kept in a bin:</source>
        <translation>某儲位中的所有零件：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels for</source>
        <translation>列印範圍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. A3</source>
        <translation>例如 A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>57 × 32 mm labels (label printer)</source>
        <translation>57 × 32 mm 標籤（標籤印表機）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of 3 × 8 labels, 70 × 37 mm</source>
        <translation>A4 標籤紙，每張 3 × 8 枚，70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on</source>
        <translation>紙張</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the bin.</source>
        <translation>請輸入儲位。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drawing the labels…</source>
        <translation>正在產生標籤…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part labels</source>
        <translation>零件標籤</translation>
    </message>
</context>
<context>
    <name>LabourPanel</name>
    <message>
        <location filename="../../ui/repairs/labour.py" line="+39"/>
        <source>Labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time logged yet.</source>
        <translation>尚未登錄工時。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>用時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>工作內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes spent; Up and Down change it by 15</source>
        <translation>所用分鐘數；按上下方向鍵每次增減 15</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>工作內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate per hour</source>
        <translation>每小時費率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log time</source>
        <translation>登錄工時</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%s at %s an hour</source>
        <translation>%s，每小時 %s</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../ui/common/listscreen.py" line="+77"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <location filename="../../ui/parts/forms.py" line="+170"/>
        <source>New location</source>
        <translation>新增庫位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add location</source>
        <translation>新增庫位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. VAN-2</source>
        <translation>例如 VAN-2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van stock</source>
        <translation>車載庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine (faulty parts)</source>
        <translation>隔離區（故障零件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who drives the van</source>
        <translation>負責該車輛的技術人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Stock locations</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where parts are kept: stores, technicians&apos; vans, and a quarantine location for faulty parts (never counted as available).</source>
        <translation>存放零件的地方：倉庫、技術人員的服務車，以及存放故障零件的隔離庫位（一律不計入可用庫存）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add location…</source>
        <translation>新增庫位…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van stock</source>
        <translation>車載庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>隔離區</translation>
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
        <translation>服務台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts &amp; stock</source>
        <translation>零件與庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>保養</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups &amp; feedback</source>
        <translation>回訪與意見回饋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This service centre</source>
        <translation>本服務中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %s</source>
        <translation>資料庫：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
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
        <translation>語言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in %1 is not saved yet, so the screens keep their language for now. fieldservice will speak %2 the next time it starts, or as soon as you save or close what you typed and choose %2 again.</source>
        <translation>您在%1中輸入的內容尚未儲存，因此畫面暫不切換語言。fieldservice 將在下次啟動時使用%2；您也可以先儲存或關閉正在輸入的內容，再重新選擇%2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screens now speak %s.</source>
        <translation>畫面語言已切換為%s。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an open window</source>
        <translation>一個開啟的視窗</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo data…</source>
        <translation>載入示範資料(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Printed documents…</source>
        <translation>列印文件(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Head-office reports…</source>
        <translation>總公司報表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer…</source>
        <translation>客戶(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit…</source>
        <translation>設備(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repair order…</source>
        <translation>維修工單(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Warranty registration…</source>
        <translation>保固登錄(&amp;W)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan or search</source>
        <translation>掃描或搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About fieldservice</source>
        <translation>關於 fieldservice(&amp;A)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Looking up “%s”…</source>
        <translation>正在查詢「%s」…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This number belongs to a kind of record that opens in a module not available in this version yet.</source>
        <translation>此編號所屬的資料類型需在目前版本尚未提供的模組中開啟。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The head office could not be asked about “%s”: %s</source>
        <translation>無法向總公司查詢「%s」：%s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One customer matches “%s”.</source>
        <translation>有 1 位客戶符合「%s」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} customers match “%s”. Choose the one in front of you.</source>
        <translation>有 {n} 位客戶符合「%s」。請選擇眼前這位客戶。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the first %d are listed: add a word (a surname, a town) to narrow it down.</source>
        <translation>僅列出前 %d 位：請再加一個詞（如姓氏、城市）以縮小範圍。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which customer?</source>
        <translation>是哪位客戶？</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Counts unavailable</source>
        <translation>無法取得數量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 customer</source>
        <translation>1 位客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台設備</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adding the product catalogue</source>
        <translation>正在加入產品目錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding customers</source>
        <translation>正在加入客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding units</source>
        <translation>正在加入設備</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data added: %s customers and %s units.</source>
        <translation>已加入示範資料：%s 位客戶、%s 台設備。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading demo data…</source>
        <translation>正在載入示範資料…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The settings of the printed documents are saved.</source>
        <translation>列印文件設定已儲存。</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../ui/maintenance/screen.py" line="+56"/>
        <source>Due list</source>
        <translation>到期清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>全部計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit plans</source>
        <translation>設備計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter readings</source>
        <translation>儀表讀數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week calendar</source>
        <translation>週曆</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Visit booked for %s: 1 work order made.</source>
        <translation>已預約 %s 的到府服務：已建立 1 張工單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit booked for %s: {n} work orders made, one per unit.</source>
        <translation>已預約 %s 的到府服務：已建立 {n} 張工單，每台設備一張。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in the calendar</source>
        <translation>在週曆中檢視</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No visit is booked for this plan.</source>
        <translation>此計畫尚未預約到府服務。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visit %s is already completed. %s is next due %s.</source>
        <translation>到府服務 %s 已完成。%s 下次到期：%s。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visit %s completed. %s of %s is next due %s.</source>
        <translation>到府服務 %s 已完成。%s（%s）下次到期：%s。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit %s completed. Nothing more is due for %s of %s.</source>
        <translation>到府服務 %s 已完成。%s（%s）已無後續到期。</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <location filename="../../ui/repairs/orderview.py" line="+94"/>
        <source>‹  All repair orders</source>
        <translation>‹  全部維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回清單（Alt+Left）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Diagnosis and work</source>
        <translation>檢測與維修</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was found</source>
        <translation>檢測發現的問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, parts fitted, tests run</source>
        <translation>所做工作、更換的零件、進行的測試</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount quoted to the customer</source>
        <translation>向客戶報價的金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>檢測結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work done</source>
        <translation>維修內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the notes, technician, priority and quote</source>
        <translation>儲存備註、技術人員、優先等級與報價</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parts requested or used.</source>
        <translation>尚未申請或使用零件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part</source>
        <translation>料號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>已出庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>已退庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With order</source>
        <translation>工單占用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request…</source>
        <translation>申請…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue…</source>
        <translation>出庫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>退庫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that this order needs a part</source>
        <translation>登錄此工單需要的零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a part out of stock for this order</source>
        <translation>為此工單從庫存領用零件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give back an unused part, or hand in the faulty one</source>
        <translation>退回未用的零件，或繳回拆下的故障件</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rework of %s: open it</source>
        <translation>返修自工單 %s：開啟原工單</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unit is back: rework…</source>
        <translation>設備再次送修：返修…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This order is closed.</source>
        <translation>此工單已結案。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%s not yet issued</source>
        <translation>%s 尚未出庫</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel %s</source>
        <translation>取消 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is cancelled. The reason is kept in its history. Parts issued to it must be returned first.</source>
        <translation>請說明取消工單的原因，原因將保留在工單歷程記錄中。已出庫至此工單的零件須先退庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order</source>
        <translation>取消工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return %s unrepaired</source>
        <translation>%s 不修退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer did not approve the quote: the unit goes back unrepaired. Say why; it is kept in the order&apos;s history.</source>
        <translation>客戶未確認報價：設備不修直接退回。請說明原因，原因將保留在工單歷程記錄中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return unrepaired</source>
        <translation>不修退回</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%s is now: %s.</source>
        <translation>%s 目前狀態：%s。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/common/pagedmodel.py" line="+379"/>
        <source>The list could not be loaded: %s</source>
        <translation>無法載入清單：%s</translation>
    </message>
</context>
<context>
    <name>PartCard</name>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="-279"/>
        <source>Receive</source>
        <translation>入庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>出庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>調撥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder rule…</source>
        <translation>補貨規則…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print label…</source>
        <translation>列印標籤…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock by location</source>
        <translation>各庫位庫存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>現有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>待領用</translation>
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
        <translation>現有 + 在途 − 未結案維修工單待領用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Movement history</source>
        <translation>庫存異動記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reverse…</source>
        <translation>沖銷…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the selected movement by booking its opposite</source>
        <translation>記一筆反向異動，沖銷所選庫存異動</translation>
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
        <translation>標準成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>前置時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>包裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>預設儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitutes</source>
        <translation>替代料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits</source>
        <translation>適用產品</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No stock, none requested or on order.</source>
        <translation>無庫存、無待領用、無在途。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not in any bin.</source>
        <translation>未放在任何儲位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(quarantine, not available)</source>
        <translation>（隔離，不可用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bins: %s</source>
        <translation>所在儲位：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 movement</source>
        <translation>1 筆異動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} movements</source>
        <translation>{n} 筆異動</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+46"/>
        <source>Part number: scan or type</source>
        <translation>料號：掃描或輸入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parts that fit this product are listed; any part number can be typed.</source>
        <translation>已列出適用於此產品的零件；也可輸入任何料號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From / to</source>
        <translation>出/入庫位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any bin (the part&apos;s usual bin first)</source>
        <translation>任一儲位（優先使用該零件的常用儲位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty part taken out of the unit (to quarantine)</source>
        <translation>從設備上拆下的故障件（送隔離區）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A manager allows taking stock below zero</source>
        <translation>經理核准負庫存出庫</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager&apos;s name</source>
        <translation>經理姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is allowed</source>
        <translation>核准原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s × %s requested.</source>
        <translation>已申請 %s × %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s × %s issued to this order.</source>
        <translation>已向此工單出庫 %s × %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty %s handed in to quarantine.</source>
        <translation>故障件 %s 已繳回隔離區。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s × %s returned to stock.</source>
        <translation>已退庫 %s × %s。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Take from %s (%s there)</source>
        <translation>從 %s 領用（該處有 %s）</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <location filename="../../ui/parts/forms.py" line="-179"/>
        <source>New part</source>
        <translation>新增零件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit part %s</source>
        <translation>編輯零件 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pcs, m, l, kg</source>
        <translation>個、公尺、公升、公斤</translation>
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
        <translation>可替代的料號，例如 FAN-121</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product codes (SKU), e.g. AQU-DW600</source>
        <translation>產品代碼（SKU），例如 AQU-DW600</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part number</source>
        <translation>料號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard cost</source>
        <translation>標準成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier&apos;s part no.</source>
        <translation>供應商料號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>前置時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>包裝數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>預設儲位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Substitutes</source>
        <translation>替代料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separate several with commas.</source>
        <translation>多個請以逗號分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits products</source>
        <translation>適用產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>PartInput</name>
    <message>
        <location filename="../../ui/parts/fields.py" line="+105"/>
        <source>%s · on hand %s %s</source>
        <translation>%s · 現有 %s %s</translation>
    </message>
</context>
<context>
    <name>PartNumberField</name>
    <message>
        <location line="-72"/>
        <source>Scan the label or type the part number</source>
        <translation>掃描標籤或輸入料號</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/common/pdfpreview.py" line="+60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file could not be written:
%s</source>
        <translation>無法寫入檔案：
%s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Print %s</source>
        <translation>列印%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not printed</source>
        <translation>未列印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/reports/period.py" line="+52"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>本週</translation>
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
        <translation>本季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自訂…</translation>
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
        <translation>選擇客戶</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name, phone, e-mail, town or customer number</source>
        <translation>姓名、電話、電子郵件、城市或客戶編號</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer matches.</source>
        <translation>沒有符合的客戶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 位客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客戶</translation>
    </message>
</context>
<context>
    <name>PickUnitDialog</name>
    <message>
        <location filename="../../ui/maintenance/chooser.py" line="+33"/>
        <source>Choose a unit</source>
        <translation>選擇設備</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial, owner&apos;s name or phone, product</source>
        <translation>序號、客戶姓名或電話、產品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose</source>
        <translation>選擇</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台設備</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/maintenance/forms.py" line="-368"/>
        <source>Plan for all units of a product</source>
        <translation>為產品的所有設備建立計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A maintenance contract: the same plan is made for every unit of the product registered here. Each plan takes its area from the owner&apos;s address unless you give one.</source>
        <translation>保養合約：為本中心登錄的該產品每台設備建立相同的計畫。若未另行填寫，每個計畫的區域取自客戶地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the plans</source>
        <translation>建立計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>New maintenance plan</source>
        <translation>新增保養計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add plan</source>
        <translation>新增計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit maintenance plan</source>
        <translation>編輯保養計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “%s”</source>
        <translation>編輯「%s」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Quarterly inspection</source>
        <translation>例如：每季檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan name</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>到期依據</translation>
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
        <translation>週期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count</source>
        <translation>起算方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed dates keep the visits on the same days of the year, even when one is done early or late.</source>
        <translation>依固定日期時，即使某次提前或延後完成，到府服務仍維持在每年相同的日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first visit is due on this day.</source>
        <translation>首次到府服務於此日到期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meter interval</source>
        <translation>讀數間隔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One task per line, e.g.
Check seals
Clean filter</source>
        <translation>每行一項工作，例如：
檢查密封件
清潔濾網</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Leeds LS6 (to plan rounds by area)</source>
        <translation>例如：台北市內湖區（方便依區域安排路線）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end date</source>
        <translation>無結束日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract ends</source>
        <translation>合約到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is due after the contract ends.</source>
        <translation>合約到期後不再產生到期項目。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the product from the list.</source>
        <translation>請從清單中選擇產品。</translation>
    </message>
</context>
<context>
    <name>PlanListView</name>
    <message>
        <location filename="../../ui/maintenance/planlist.py" line="+112"/>
        <source>Customer: name, phone, town</source>
        <translation>客戶：姓名、電話、城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any basis</source>
        <translation>全部依據</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plans of this unit</source>
        <translation>此設備的計畫</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>All products</source>
        <translation>全部產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All technicians</source>
        <translation>全部技術人員</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 plan</source>
        <translation>1 個計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} plans</source>
        <translation>{n} 個計畫</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No maintenance plans yet</source>
        <translation>尚無保養計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans are added under Unit plans, for one unit or for every unit of a product.</source>
        <translation>保養計畫在「設備計畫」中新增，可為單台設備新增，也可為某產品的所有設備新增。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No plan matches</source>
        <translation>沒有符合的計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No maintenance plan matches this choice. Clear a filter to see more.</source>
        <translation>沒有符合目前篩選條件的保養計畫。清除篩選條件即可查看更多。</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/maintenance/plans.py" line="+66"/>
        <source>Plan for all units of a product…</source>
        <translation>為產品的所有設備建立計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit plan…</source>
        <translation>編輯計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan…</source>
        <translation>新增計畫…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a unit</source>
        <translation>選擇設備</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type a serial number above to see the unit&apos;s maintenance plans, or make one plan for every unit of a product under contract.</source>
        <translation>在上方掃描或輸入序號，查看該設備的保養計畫；也可為簽訂保養合約的產品的所有設備建立同一計畫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plans</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Repeats</source>
        <translation>週期</translation>
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
        <translation>此設備尚無保養計畫。請按「新增計畫…」新增。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected plan</source>
        <translation>所選計畫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete booked visit…</source>
        <translation>完成已預約的到府服務…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No owner recorded</source>
        <translation>未登錄客戶</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing due</source>
        <translation>無到期項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at %s</source>
        <translation>讀數達 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last done</source>
        <translation>上次完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract ends</source>
        <translation>合約到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked visit</source>
        <translation>已預約到府服務</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checklist.</source>
        <translation>無檢查清單。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 plan made: the product has one unit.</source>
        <translation>已建立 1 個計畫：該產品只有一台設備。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} plans made, one for each unit of the product.</source>
        <translation>已建立 {n} 個計畫，該產品每台設備一個。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%s” saved. Next due: %s.</source>
        <translation>「%s」已儲存。下次到期：%s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../ui/warranty/policies.py" line="+58"/>
        <location line="+5"/>
        <source>Warranty policies</source>
        <translation>保固政策</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long each product is in warranty and in its service period, its terms, and the conditions that void it. Registrations already made keep the months they were given.</source>
        <translation>各產品的保固期與服務期長度、保固條款及導致保固失效的情形。已完成的登錄保留登錄時的月數。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter products</source>
        <translation>篩選產品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Warranty</source>
        <translation>保固期</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Service</source>
        <translation>服務期</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service period</source>
        <translation>服務期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the warranty: supported, chargeable. 0 for none.</source>
        <translation>保固期滿後仍提供支援，但需付費。填 0 表示無服務期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on the certificate</source>
        <translation>列印於保固卡上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>保固條款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void conditions</source>
        <translation>失效情形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line. A technician voiding a warranty chooses one of these.</source>
        <translation>每行一項。技術人員判定保固失效時從中選擇一項。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save policy</source>
        <translation>儲存政策</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>無</translation>
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
        <translation> 次後換貨</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund within</source>
        <translation>退貨期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange within</source>
        <translation>換貨期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange after</source>
        <translation>同一故障修滿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>三包</source>
        <translation>三包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from purchase; repairs of one fault. None: not sold under 三包.</source>
        <translation>依購買後天數計；修理次數指同一故障。「無」表示不實施三包。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No policy</source>
        <translation>無政策</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No warranty policy: its units cannot be registered yet.</source>
        <translation>無保固政策：其設備暫時無法登錄。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 product has no warranty policy: its units cannot be registered until one is set. It is listed first.</source>
        <translation>1 項產品沒有保固政策：設定政策之前，其設備無法登錄。該產品列在最前面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} products have no warranty policy: their units cannot be registered until one is set. They are listed first.</source>
        <translation>{n} 項產品沒有保固政策：設定政策之前，其設備無法登錄。這些產品列在最前面。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalogue is empty</source>
        <translation>產品目錄為空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products come from the head office, or are added with a unit.</source>
        <translation>產品來自總公司，或在新增設備時加入。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%s · No policy yet: check the months and save to set one.</source>
        <translation>%s · 尚無政策：請確認月數並儲存以設定政策。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Policy saved.</source>
        <translation>政策已儲存。</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <location filename="../../ui/sync/overview.py" line="+96"/>
        <source>Reason given</source>
        <translation>原因說明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as handled</source>
        <translation>標示為已處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The problem leaves this list once it has been sorted out</source>
        <translation>問題處理完畢後標示，即會從此清單中移除</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../ui/common/unitforms.py" line="+89"/>
        <location line="+5"/>
        <source>New product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product code (SKU)</source>
        <translation>產品編號（SKU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to catalogue</source>
        <translation>加入產品目錄</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location line="-63"/>
        <source>Type part of the name or code</source>
        <translation>輸入名稱或編號的一部分</translation>
    </message>
</context>
<context>
    <name>ReadingsView</name>
    <message>
        <location filename="../../ui/maintenance/readings.py" line="+42"/>
        <source>Log a meter reading</source>
        <translation>登錄儀表讀數</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the meter shows</source>
        <translation>儀表顯示的數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Reading</source>
        <translation>讀數</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Read on</source>
        <translation>讀取日期</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. read by the customer on the phone</source>
        <translation>例如：客戶以電話告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Log reading</source>
        <translation>登錄讀數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the unit&apos;s label: the cursor moves to the reading. Type it and press Enter; the serial field is then ready for the next unit.</source>
        <translation>掃描設備標籤後，游標會移到讀數欄位。輸入讀數並按 Enter，序號欄位隨即可供下一台設備使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No unit chosen</source>
        <translation>未選擇設備</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the unit&apos;s serial: its readings and the forecast of its meter-based plans appear here.</source>
        <translation>掃描設備序號後，此處會顯示其讀數，以及依讀數計畫的到期預估。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter</source>
        <translation>儀表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readings</source>
        <translation>讀數紀錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No readings yet.</source>
        <translation>尚無讀數。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This unit has no plan by meter reading; readings are kept for its history.</source>
        <translation>此設備沒有依儀表讀數的計畫；讀數僅保留作為歷史紀錄。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: due at %s, forecast for %s.</source>
        <translation>%s：讀數達 %s 時到期，預估在 %s。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: due at %s; no forecast until two readings show the usage.</source>
        <translation>%s：讀數達 %s 時到期；需有兩次讀數得出用量後才能預估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent use: about %s a day.</source>
        <translation>近期用量：約每天 %s。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading %s logged for %s.</source>
        <translation>讀數 %s 已記入設備 %s。</translation>
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
        <translation>到貨入庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive</source>
        <translation>入庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity received</source>
        <translation>入庫數量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part&apos;s default bin</source>
        <translation>零件的預設儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per unit</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery note or invoice</source>
        <translation>送貨單號或發票號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. LD01-PO-000012</source>
        <translation>例如 LD01-PO-000012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into location</source>
        <translation>入庫庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a cost, the part&apos;s average cost is updated.</source>
        <translation>填寫成本後，會更新該零件的平均成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier&apos;s reference</source>
        <translation>供應商單號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our order no.</source>
        <translation>我方採購單號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default bin %s</source>
        <translation>預設儲位 %s</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-332"/>
        <location line="+1"/>
        <source>Register a warranty</source>
        <translation>登錄保固</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the serial of the unit sold. The warranty and service months come from the product&apos;s policy.</source>
        <translation>掃描或輸入所售設備的序號。保固期與服務期月數取自該產品的保固政策。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register</source>
        <translation>登錄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the label or type the serial number</source>
        <translation>掃描標籤或輸入序號</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set its warranty policy…</source>
        <translation>設定保固政策…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchase date</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on the invoice: the warranty counts from this day.</source>
        <translation>以發票為準：保固期自這一天起算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop that sold it, if not this centre</source>
        <translation>銷售門市（如非本服務中心）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice reference</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered on</source>
        <translation>登錄日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A new serial: the unit is added as it is registered.</source>
        <translation>新序號：登錄時將同時新增該設備。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no owner recorded</source>
        <translation>未記錄所有人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Known unit: %s, owner %s.</source>
        <translation>已有設備：%s，所有人 %s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open certificate %s</source>
        <translation>開啟保固卡 %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This product has no warranty policy yet: set one before registering.</source>
        <translation>該產品尚無保固政策：請先設定政策再登錄。</translation>
    </message>
</context>
<context>
    <name>RegistrationCard</name>
    <message>
        <location filename="../../ui/warranty/registration.py" line="+31"/>
        <source>Certificate</source>
        <translation>保固卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Preview and print the warranty certificate</source>
        <translation>預覽並列印保固卡</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>延長保固…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>判定失效…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate…</source>
        <translation>恢復保固…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale and registration</source>
        <translation>銷售與登錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Open customer</source>
        <translation>查看客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open unit</source>
        <translation>查看設備</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A void warranty has no certificate; reinstate it to print one</source>
        <translation>已失效的保固沒有保固卡；請先恢復保固再列印</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reinstate the warranty before extending it</source>
        <translation>請先恢復保固，再延長</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchased</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty until</source>
        <translation>保固到期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service until</source>
        <translation>服務期至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No service period</source>
        <translation>無服務期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>延長保固</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s</source>
        <translation>%s 由 %s 登錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No owner recorded</source>
        <translation>未記錄所有人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型號</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-192"/>
        <source>Choose the owner from the list (press Enter to search; “New customer…” there adds one), or click “No owner”.</source>
        <translation>請從清單中選擇所有人（按 Enter 搜尋；可在其中用「新增客戶…」新增），或按一下「無所有人」。</translation>
    </message>
</context>
<context>
    <name>ReinstateDialog</name>
    <message>
        <location line="+413"/>
        <source>Reinstate warranty</source>
        <translation>恢復保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate the warranty of %s</source>
        <translation>恢復 %s 的保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was voided for “%s” on %s by %s.</source>
        <translation>此保固因「%s」於 %s 由 %s 判定失效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. the fault was a leaking pump, not the customer&apos;s doing</source>
        <translation>例如：故障原因是水泵漏水，並非客戶所致</translation>
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
        <translation>補貨規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rule</source>
        <translation>儲存規則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When available stock (on hand + on order − requested) falls to the reorder point, the part is listed to order: up to the maximum, or one reorder quantity, in whole supplier packs.</source>
        <translation>當可用庫存（現有 + 在途 − 待領用）降至補貨點時，該零件將列入待採購：補足至上限，或依固定補貨數量，皆以供應商整包裝計。</translation>
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
        <translation>或固定數量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part number</source>
        <translation>料號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point</source>
        <translation>補貨點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order up to</source>
        <translation>補貨至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or order</source>
        <translation>或每次訂購</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the part number.</source>
        <translation>請輸入料號。</translation>
    </message>
</context>
<context>
    <name>RepairOrdersScreen</name>
    <message>
        <location filename="../../ui/repairs/screen.py" line="+260"/>
        <source>Search: order number, serial, customer&apos;s name or phone</source>
        <translation>搜尋：工單號碼、序號、客戶姓名或電話</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Targets…</source>
        <translation>時效目標…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response and resolution hours per priority</source>
        <translation>各優先等級的回應與解決時限（小時）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New repair order</source>
        <translation>新增維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake: scan the unit and record the fault</source>
        <translation>收件：掃描設備並登錄故障</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open orders</source>
        <translation>未結案工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders</source>
        <translation>全部工單</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any coverage</source>
        <translation>全部保固狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only open orders past their resolution target</source>
        <translation>僅顯示超過解決時限的未結案工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My orders</source>
        <translation>我的工單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders assigned to you (%s)</source>
        <translation>指派給您的工單（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>保固狀態</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Anyone</source>
        <translation>全部技術人員</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation>1 張工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 張工單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open repair orders</source>
        <translation>目前沒有未結案的維修工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders opened at the desk appear here. Press “New repair order” and scan the unit to take one in.</source>
        <translation>在服務台建立的工單會顯示在這裡。點選「新增維修工單」並掃描設備即可收件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order matches</source>
        <translation>沒有符合的工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another status, technician or coverage, or fewer words.</source>
        <translation>請嘗試其他狀態、技術人員或保固狀態，或減少關鍵字。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Targets saved. New orders get the new due times.</source>
        <translation>時效目標已儲存。新工單將依新的到期時間計算。</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/screen.py" line="+115"/>
        <source>Working out the figures…</source>
        <translation>正在計算指標…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All products</source>
        <translation>全部產品</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Orders of</source>
        <translation>工單範圍</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All technicians</source>
        <translation>全部技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All service types</source>
        <translation>全部服務類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every figure of the period, as an Excel workbook or a CSV file</source>
        <translation>本期全部指標，匯出為 Excel 活頁簿或 CSV 檔案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The management report of the month the period starts in</source>
        <translation>所選期間起始月份的管理報告</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and cost</source>
        <translation>客戶與成本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First-time fix</source>
        <translation>一次修復率</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly PDF</source>
        <translation>月報 PDF</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Warranty and people</source>
        <translation>保固與人員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty cost by product</source>
        <translation>依產品的保固成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technicians</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders delivered</source>
        <translation>已交件工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours logged</source>
        <translation>登錄工時</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose a period: the end cannot come before the start.</source>
        <translation>請選擇期間：結束日期不能早於開始日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with %1, the months before</source>
        <translation>對比 %1（前一同等月份）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with %1, the same number of days before</source>
        <translation>對比上期：%1（天數相同）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Warranty orders of %1</source>
        <translation>%1 的保固工單</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders delivered by %1</source>
        <translation>%1 交件的工單</translation>
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
        <translation>準時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Fixed first time</source>
        <translation>一次修復</translation>
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
        <translation>重複維修</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First visit</source>
        <translation>首次維修</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failures in month %1 of service</source>
        <translation>使用第 %1 個月的故障</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Orders opened in %1</source>
        <translation>%1 新開工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders opened in the week of %1</source>
        <translation>%1 當週新開工單</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the figures</source>
        <translation>匯出指標</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the list</source>
        <translation>匯出清單</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monthly management report</source>
        <translation>月度管理報告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the monthly report…</source>
        <translation>正在產生月報…</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/followups/forms.py" line="-47"/>
        <source>Resolve complaint</source>
        <translation>客訴結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve %s</source>
        <translation>結案 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve</source>
        <translation>結案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done, e.g. apologised and refunded the call-out charge</source>
        <translation>處理措施，例如：已致歉並退還到府服務費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="+160"/>
        <source>Return from a repair order</source>
        <translation>從維修工單退庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>退庫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty part removed from the unit → quarantine</source>
        <translation>從設備上拆下的故障零件 → 隔離區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulty parts go to the quarantine location for a claim, not back to stock.</source>
        <translation>故障零件放入隔離庫位以便索賠，不退回庫存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>The part&apos;s default bin</source>
        <translation>零件的預設儲位</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Back to location</source>
        <translation>退回庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarantine bin, if any</source>
        <translation>隔離儲位（如有）</translation>
    </message>
</context>
<context>
    <name>ReverseForm</name>
    <message>
        <location line="+132"/>
        <source>Reverse a movement</source>
        <translation>沖銷庫存異動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>沖銷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The movement stays in the history; an opposite movement is booked beside it. A transfer is reversed in both locations.</source>
        <translation>原異動仍保留在記錄中，並另記一筆反向異動。調撥會在兩個庫位同時沖銷。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Movement</source>
        <translation>庫存異動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: e.g. booked twice</source>
        <translation>必填，例如：重複入帳</translation>
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
        <translation>已交件的工單維持不變。設備將產生一張與此工單關聯的新工單，客戶、優先等級與技術人員皆與原工單相同。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the customer says is wrong now</source>
        <translation>客戶目前描述的故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault reported</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open rework order</source>
        <translation>建立返修工單</translation>
    </message>
</context>
<context>
    <name>ScanEntry</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="-181"/>
        <source>Scan a tag, or type a serial, phone, customer number or name</source>
        <translation>掃描標籤，或輸入序號、電話、客戶編號或姓名</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-804"/>
        <source>Scan or search: serial, phone, customer number, name</source>
        <translation>掃描或搜尋：序號、電話、客戶編號、姓名</translation>
    </message>
</context>
<context>
    <name>SimilarRepairsPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="+107"/>
        <source>Similar past repairs</source>
        <translation>類似歷史維修</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No past repair of this product had a fault like this one.</source>
        <translation>此產品過去沒有類似故障的維修紀錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairs of the same product with a fault like this one, best match first.</source>
        <translation>同一產品出現類似故障的維修紀錄，依相符程度排序。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open %s</source>
        <translation>開啟 %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found: %s</source>
        <translation>檢測發現：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed: %s</source>
        <translation>修復：%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not fixed yet (%s)</source>
        <translation>尚未修復（%s）</translation>
    </message>
</context>
<context>
    <name>SiteSetupDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="+126"/>
        <source>Set up this service centre</source>
        <translation>設定本服務中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to fieldservice</source>
        <translation>歡迎使用 fieldservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, tell us about this service centre.</source>
        <translation>首先，請填寫本服務中心的資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site code starts every number this centre gives out (customer LD01-CU-000042, repair order LD01-RO-000123), so it must be unique in your network and cannot be changed later. Ask your head office if you do not know it.</source>
        <translation>據點代碼是本中心所有編號的開頭（如客戶 TP01-CU-000042、維修工單 TP01-RO-000123），因此在貴公司的服務網中必須唯一，且日後無法變更。如不清楚，請洽詢總公司。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. LD01</source>
        <translation>例如：TP01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Leeds Service Centre</source>
        <translation>例如：台北服務中心</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Site code</source>
        <translation>據點代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name</source>
        <translation>服務中心名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Two letters (GB, DE, FR, CN…): phone numbers without a country code are read as numbers of this country.</source>
        <translation>兩個英文字母（TW、HK、CN、GB…）：未加國碼的電話號碼，將視為此國家/地區的號碼。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Set up centre</source>
        <translation>設定服務中心</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/parts/screen.py" line="+64"/>
        <source>Catalogue</source>
        <translation>零件目錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To order</source>
        <translation>待採購</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>盤點</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations…</source>
        <translation>庫位…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue from CSV…</source>
        <translation>零件目錄（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening balances from CSV…</source>
        <translation>期初庫存（CSV）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock list…</source>
        <translation>庫存清單…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements…</source>
        <translation>庫存異動…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Import the parts catalogue</source>
        <translation>匯入零件目錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import opening balances</source>
        <translation>匯入期初庫存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lines</source>
        <translation>筆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue import</source>
        <translation>零件目錄匯入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening balances import</source>
        <translation>期初庫存匯入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import of %s stopped; the lines before stay imported.</source>
        <translation>%s 的匯入已停止；先前的資料已匯入並保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %s…</source>
        <translation>正在匯入 %s…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the stock list</source>
        <translation>匯出庫存清單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export movements</source>
        <translation>匯出庫存異動</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %s.</source>
        <translation>已儲存至 %s。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %s…</source>
        <translation>正在匯出至 %s…</translation>
    </message>
</context>
<context>
    <name>SupplierOrderDialog</name>
    <message>
        <location filename="../../ui/parts/ordering.py" line="+257"/>
        <source>Order from suppliers</source>
        <translation>向供應商採購</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place orders</source>
        <translation>下單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place order</source>
        <translation>下單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lines of one supplier go on one purchase order, to print or send. What is ordered counts as on order until it is received.</source>
        <translation>同一供應商的明細合併為一張採購單，可列印或傳送。已採購的數量在入庫前計為在途。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>建議數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>採購數量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Double-click to change the quantity</source>
        <translation>按兩下修改數量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supplier&apos;s order or quote reference</source>
        <translation>供應商的訂單號碼或報價單號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>參考單號</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected on</source>
        <translation>預計到貨日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected from %s</source>
        <translation>%s 預計到貨日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no supplier)</source>
        <translation>（無供應商）</translation>
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
        <translation>自動同步</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>every minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>every {n} minutes</source>
        <translation>每 {n} 分鐘</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>How often this centre syncs by itself; Sync now syncs at once</source>
        <translation>本服務中心自動同步的頻率；按「立即同步」可馬上同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sync</source>
        <translation>下次同步</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems to look at</source>
        <translation>待處理的問題</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything this centre has sent was taken by the head office. A change the head office refuses is listed here, with what to do about it.</source>
        <translation>本服務中心傳送的所有資料皆已由總公司接收。總公司拒絕的變更會列在這裡，並說明處理方式。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Noticed</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 problem</source>
        <translation>1 個問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} problems</source>
        <translation>{n} 個問題</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Noticed %s</source>
        <translation>發現於 %s</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 customer</source>
        <translation>1 位客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台設備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 product</source>
        <translation>1 項產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} products</source>
        <translation>{n} 項產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spare part</source>
        <translation>零件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 spare part</source>
        <translation>1 項零件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} spare parts</source>
        <translation>{n} 項零件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty policy</source>
        <translation>保固政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warranty policy</source>
        <translation>1 項保固政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warranty policies</source>
        <translation>{n} 項保固政策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty registration</source>
        <translation>保固登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warranty registration</source>
        <translation>1 筆保固登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warranty registrations</source>
        <translation>{n} 筆保固登錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 repair order</source>
        <translation>1 張維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} repair orders</source>
        <translation>{n} 張維修工單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order status change</source>
        <translation>工單狀態變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order status change</source>
        <translation>1 筆工單狀態變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} order status changes</source>
        <translation>{n} 筆工單狀態變更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour line</source>
        <translation>工時紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 labour line</source>
        <translation>1 筆工時紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} labour lines</source>
        <translation>{n} 筆工時紀錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock movement</source>
        <translation>庫存異動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stock movement</source>
        <translation>1 筆庫存異動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stock movements</source>
        <translation>{n} 筆庫存異動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part request</source>
        <translation>零件申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 part request</source>
        <translation>1 筆零件申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} part requests</source>
        <translation>{n} 筆零件申請</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance plan</source>
        <translation>保養計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 maintenance plan</source>
        <translation>1 項保養計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} maintenance plans</source>
        <translation>{n} 項保養計畫</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance visit</source>
        <translation>到府保養</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 maintenance visit</source>
        <translation>1 次到府保養</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} maintenance visits</source>
        <translation>{n} 次到府保養</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 follow-up call</source>
        <translation>1 次回訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} follow-up calls</source>
        <translation>{n} 次回訪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 complaint</source>
        <translation>1 筆客訴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} complaints</source>
        <translation>{n} 筆客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>服務中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 centre</source>
        <translation>1 個服務中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} centres</source>
        <translation>{n} 個服務中心</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 other change</source>
        <translation>1 筆其他變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other changes</source>
        <translation>{n} 筆其他變更</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clash here</source>
        <translation>本機衝突</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same serial number or document number is registered at another centre. This centre&apos;s record was undone here and the network&apos;s is shown (unless other records here refer to it: then it stays, as the reason says); what was entered is kept with this problem. Contact the head office or that centre to agree which record is right, then mark the problem as handled.</source>
        <translation>相同的序號或單據號碼已在另一服務中心登錄。本服務中心的紀錄已在本機撤銷，改為顯示全網的紀錄（若本機仍有其他紀錄參照它，則會保留，見原因說明）；原本輸入的內容會隨此問題一併保存。請聯絡總公司或該服務中心，確認哪一筆紀錄正確，再將問題標示為已處理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A record from another centre clashes with one of this centre&apos;s (the same serial number, say) that has not reached the head office yet. The other centre&apos;s record waits; if the head office refuses this centre&apos;s, the other takes its place with the next sync and this problem closes by itself. Otherwise contact the head office or the other centre to agree which one is right, then mark the problem as handled.</source>
        <translation>另一服務中心的一筆紀錄與本服務中心尚未傳送到總公司的紀錄衝突（例如序號相同）。對方的紀錄暫不生效；若總公司拒絕本服務中心的紀錄，下次同步時會改用對方的紀錄，此問題也會自動關閉。否則，請聯絡總公司或對方服務中心，確認哪一筆紀錄正確，再將問題標示為已處理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products, spare parts and warranty policies are edited in the catalogue at the head office, not at the centres, so the change was undone here. Ask the head office to add or correct it there; it reaches this centre with the next sync. Then mark the problem as handled.</source>
        <translation>產品、零件與保固政策由總公司在產品目錄中統一維護，服務中心無法修改，因此本機的變更已撤銷。請洽總公司在總公司端新增或更正，下次同步時即會傳到本服務中心。然後將問題標示為已處理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The head office did not take this change, for the reason above, and it was undone here. If it is not clear what to do, send the reason to the head office. Mark the problem as handled once it is sorted out.</source>
        <translation>基於上述原因，總公司未接收此變更，本機也已撤銷。若不清楚如何處理，請將原因提供給總公司。問題解決後，請標示為已處理。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the head office…</source>
        <translation>正在與總公司同步…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head office does not accept this centre</source>
        <translation>總公司拒絕本服務中心連線</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the head office</source>
        <translation>已連線總公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled with the head office</source>
        <translation>已註冊至總公司</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+184"/>
        <source>Head office: %s</source>
        <translation>總公司：%s</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 other</source>
        <translation>其他 1 筆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} others</source>
        <translation>其他 {n} 筆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting: the head office has everything</source>
        <translation>沒有待傳送的資料：總公司已全部接收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No round has gone through yet</source>
        <translation>尚未完成任何同步</translation>
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
        <translation>傳送 %s 筆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received %s</source>
        <translation>接收 %s 筆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s refused</source>
        <translation>%s 筆被拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round: %s.</source>
        <translation>上次同步：%s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a look: see below</source>
        <translation>需要處理：請見下方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need a look: see below</source>
        <translation>需要處理：請見下方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A round is under way</source>
        <translation>同步進行中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trying again after a failed try</source>
        <translation>同步失敗，將重試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again after {n} failed tries</source>
        <translation>已連續失敗 {n} 次，將重試</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every {n} minutes</source>
        <translation>每 {n} 分鐘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When Sync now is pressed</source>
        <translation>按下「立即同步」時</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The head office cannot be reached. Work carries on here as usual: every change is kept on this computer and sent at the next sync.</source>
        <translation>無法連線總公司。本機作業照常進行：所有變更都會保存在這台電腦，下次同步時傳送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next try at %s.</source>
        <translation>將於 %s 重試。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The head office no longer accepts this centre&apos;s key (it may have been withdrawn, or the centre enrolled again elsewhere). Nothing here is lost. Ask the head office for a new one-time code and enrol again.</source>
        <translation>總公司已不再接受本服務中心的金鑰（可能已被撤銷，或本服務中心已在別處重新註冊）。本機資料不會遺失。請向總公司索取新的一次性註冊碼，再重新註冊。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol again…</source>
        <translation>重新註冊…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %s the head office&apos;s by about %s. Set the date and time right: records are ordered by their time.</source>
        <translation>這台電腦的時鐘比總公司%s約 %s。請校正日期與時間：紀錄是依時間排序的。</translation>
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
        <translation>1 分鐘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} minutes</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syncing: %s</source>
        <translation>同步中：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted</source>
        <translation>未獲總公司接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s pending</source>
        <translation>%s 筆待傳送</translation>
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
        <translation>1 個問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} problems</source>
        <translation>{n} 個問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %s</source>
        <translation>同步：%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s of %s changes sent</source>
        <translation>已傳送 %s 筆變更（共 %s 筆）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s changes received</source>
        <translation>已接收 %s 筆變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This centre works offline; head-office sync is not set up yet. Click to set it up.</source>
        <translation>本服務中心目前離線作業，尚未設定總公司同步。按一下即可設定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: nothing is lost, changes wait here.</source>
        <translation>離線：資料不會遺失，變更暫存於本機。</translation>
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
        <translation>按一下開啟同步畫面。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/repairs/screen.py" line="-333"/>
        <location line="+5"/>
        <source>Response and resolution targets</source>
        <translation>回應與解決時效目標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours from intake within which an order is first looked at (response) and made ready (resolution). Time waiting for the customer&apos;s approval does not count. Orders already open keep the due times they got.</source>
        <translation>自收件起，工單首次處理（回應）與修復完成（解決）的時限，單位為小時。等待客戶確認報價的時間不計入。已開立的工單保留原有的到期時間。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority</source>
        <translation>優先等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respond within (hours)</source>
        <translation>回應時限（小時）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within (hours)</source>
        <translation>解決時限（小時）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save targets</source>
        <translation>儲存時效目標</translation>
    </message>
</context>
<context>
    <name>TileWords</name>
    <message>
        <location filename="../../ui/reports/tiles.py" line="+42"/>
        <source>Orders opened</source>
        <translation>新開工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed</source>
        <translation>已交件工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog at the end</source>
        <translation>期末積壓工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to repair</source>
        <translation>維修時長中位數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired on target</source>
        <translation>準時修復率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix</source>
        <translation>一次修復率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat repairs (30 days)</source>
        <translation>30 天內重複維修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 100 orders</source>
        <translation>每百單客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net promoter score</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty cost</source>
        <translation>保固成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts used</source>
        <translation>零件用量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 order</source>
        <translation>1 張工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} orders</source>
        <translation>{n} 張工單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 orders</source>
        <translation>%2 張工單中 %1 張</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>taken in during the period</source>
        <translation>本期收件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>handed back to the customer</source>
        <translation>已交還客戶</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 open for 15 days or more</source>
        <translation>其中 %1 張已超過 15 天</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+103"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>90% within %1 h · %2</source>
        <translation>90% 在 %1 小時內 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 complaints</source>
        <translation>%1 件客訴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answers</source>
        <translation>%1 份回覆</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 promoters · %2 detractors</source>
        <translation>推薦者 %1 · 批評者 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parts and labour · %1</source>
        <translation>零件加工時 · %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at cost · %1</source>
        <translation>按成本價 · %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no figure to compare with</source>
        <translation>無可對比資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same as previous period</source>
        <translation>= 與上期持平</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 vs previous period</source>
        <translation>較上期 %1 %2</translation>
    </message>
</context>
<context>
    <name>ToOrderView</name>
    <message>
        <location filename="../../ui/parts/ordering.py" line="-231"/>
        <source>Parts at or below their reorder point, counting stock on order and what open repair orders have requested. The suggestion fills up to the maximum in whole supplier packs.</source>
        <translation>已達到或低於補貨點的零件（已計入在途庫存及未結案維修工單的待領用數量）。建議數量以供應商整包裝補足至上限。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reorder rule…</source>
        <translation>補貨規則…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order selected…</source>
        <translation>採購所選…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to order</source>
        <translation>無需採購</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No part is at or below its reorder point. Set reorder rules for the parts you keep, and they are listed here when they run low.</source>
        <translation>沒有零件達到或低於補貨點。為常備零件設定補貨規則後，庫存不足時會列在這裡。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 line</source>
        <translation>1 筆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lines</source>
        <translation>{n} 筆</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Purchase order %s placed with %s; it counts as on order until received.</source>
        <translation>採購單 %s 已向 %s 下單；入庫前計為在途。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} purchase orders placed: %s. They count as on order until received.</source>
        <translation>已下 {n} 張採購單：%s。入庫前計為在途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no supplier</source>
        <translation>無供應商</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print %s…</source>
        <translation>列印 %s…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print order…</source>
        <translation>列印採購單…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing the purchase order…</source>
        <translation>正在產生採購單…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %s</source>
        <translation>採購單 %s</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-123"/>
        <source>Transfer stock</source>
        <translation>庫存調撥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer</source>
        <translation>調撥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any bin</source>
        <translation>任一儲位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: taken from the default bin first, then the others</source>
        <translation>留空：先從預設儲位調出，再從其他儲位調出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part&apos;s default bin</source>
        <translation>零件的預設儲位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. restocking van 1</source>
        <translation>例如：為 1 號車補貨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From location</source>
        <translation>調出庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From bin</source>
        <translation>調出儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To location</source>
        <translation>調入庫位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bin</source>
        <translation>調入儲位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>UnitAndCustomerPanel</name>
    <message>
        <location filename="../../ui/repairs/orderpanels.py" line="-86"/>
        <source>Unit and customer</source>
        <translation>設備與客戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open unit</source>
        <translation>開啟設備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <location filename="../../ui/common/cards.py" line="-287"/>
        <source>New repair order</source>
        <translation>新增維修工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this unit in for repair</source>
        <translation>為此設備收件維修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open unit</source>
        <translation>開啟設備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open customer</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair history</source>
        <translation>維修紀錄</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand / model</source>
        <translation>品牌 / 型號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed at</source>
        <translation>安裝地點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No owner recorded</source>
        <translation>未記錄所有人</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The coverage cannot be worked out for this unit.</source>
        <translation>無法判定此設備的保固狀態。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate</source>
        <translation>保固卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty until</source>
        <translation>保固期至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service until</source>
        <translation>服務期至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended by</source>
        <translation>延長保固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d months</source>
        <translation>%d 個月</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No repairs yet.</source>
        <translation>尚無維修紀錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 repair order</source>
        <translation>1 張維修工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s repair orders</source>
        <translation>%s 張維修工單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 open</source>
        <translation>1 張處理中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d open</source>
        <translation>%d 張處理中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the newest %d are listed</source>
        <translation>僅列出最新的 %d 張</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open order %s</source>
        <translation>開啟工單 %s</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../ui/maintenance/chooser.py" line="+21"/>
        <source>Scan or type the serial, then Enter</source>
        <translation>掃描或輸入序號後按 Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the units by owner, phone or product</source>
        <translation>依客戶、電話或產品搜尋設備</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No unit has the serial “%s”. Check it, or click Choose… to search.</source>
        <translation>沒有序號為「%s」的設備。請核對，或按「選擇…」進行搜尋。</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/common/unitforms.py" line="+104"/>
        <source>New unit</source>
        <translation>新增設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>編輯設備</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register a unit</source>
        <translation>登錄設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit %s</source>
        <translation>編輯設備 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the label or type the serial number</source>
        <translation>掃描標籤或輸入序號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the registered unit</source>
        <translation>開啟已登錄的設備</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New product…</source>
        <translation>新增產品…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue is empty. Products come from the head office once sync is set up; until then add them here.</source>
        <translation>產品目錄是空的。設定同步後，產品會由總公司提供；在此之前請在這裡新增。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purchase date</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the unit is installed, if not the owner&apos;s address</source>
        <translation>設備安裝地點（如與客戶地址不同）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed at</source>
        <translation>安裝地點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the owner from the list (press Enter to search), or click “No owner”.</source>
        <translation>請從清單中選擇所有人（按 Enter 搜尋），或點選「無所有人」。</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <location filename="../../ui/repairs/intake.py" line="-635"/>
        <source>Register this unit…</source>
        <translation>登錄此設備…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer and unit…</source>
        <translation>新客戶與設備…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Owner: %s</source>
        <translation>所有人：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner recorded for this unit.</source>
        <translation>此設備未登錄所有人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate %s.</source>
        <translation>保固卡 %s。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already open for this unit: %s. Check it is not the same job.</source>
        <translation>此設備已有未結案工單：%s。請確認不是同一件維修。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>三包 rights today:</source>
        <translation>今日三包權益：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No 三包 rights today.</source>
        <translation>今日不享有三包權益。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No unit has the serial “%s”.</source>
        <translation>沒有設備的序號為「%s」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the label, or register the unit now: with an owner already on file, or with a new customer.</source>
        <translation>請檢查標籤，或立即登錄該設備：關聯既有客戶，或新增客戶。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-60"/>
        <location line="+6"/>
        <source>Void warranty</source>
        <translation>判定保固失效</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Void the warranty of %s</source>
        <translation>判定 %s 的保固失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A void warranty covers nothing, whatever its dates: repairs are charged. It can be reinstated later, with a reason.</source>
        <translation>保固失效後不再提供任何保固，不論日期為何：維修一律需付費。之後可填寫原因恢復保固。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the reason</source>
        <translation>選擇原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The void conditions of the product&apos;s warranty policy.</source>
        <translation>該產品保固政策中規定的失效情形。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, e.g. water marks on the board</source>
        <translation>檢查發現的情況，例如電路板上有水漬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the reason from the list.</source>
        <translation>請從清單中選擇原因。</translation>
    </message>
</context>
<context>
    <name>WarrantyScreen</name>
    <message>
        <location filename="../../ui/warranty/screen.py" line="+139"/>
        <source>Print batch…</source>
        <translation>批次列印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the certificates of a dealer&apos;s delivery</source>
        <translation>列印經銷商一批出貨的保固卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dealer&apos;s list of registrations (CSV)</source>
        <translation>匯入經銷商的保固登錄清單（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>保固政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each product&apos;s warranty policy</source>
        <translation>各產品的保固政策</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No warranties registered yet</source>
        <translation>尚未登錄任何保固</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the warranty of a unit sold with “Register warranty”, or import a dealer&apos;s list of sold units with “Import…”.</source>
        <translation>使用「登錄保固」登錄已售設備的保固，或使用「匯入…」匯入經銷商的已售設備清單。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%s”</source>
        <translation>沒有符合「%s」的結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by certificate number, the start of a serial, the owner&apos;s name or phone, the dealer or the invoice reference.</source>
        <translation>可依保固卡號、序號開頭、所有人姓名或電話、經銷商或發票號碼搜尋。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration selected</source>
        <translation>未選擇登錄記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a registration in the list to see whether it is covered, its dates and its history.</source>
        <translation>在清單中選擇一筆登錄記錄，查看是否在保固期內、相關日期及歷程記錄。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Preparing the certificate…</source>
        <translation>正在準備保固卡…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warranty certificate %s</source>
        <translation>保固卡 %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a dealer&apos;s list</source>
        <translation>匯入經銷商清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV lists (*.csv *.txt);;All files (*)</source>
        <translation>CSV 清單 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 of %2</source>
        <translation>第 %1 列，共 %2 列</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing %s…</source>
        <translation>正在匯入 %s…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The import of %s was stopped. The rows imported before stay imported; import the file again to finish: those rows are skipped.</source>
        <translation>%s 的匯入已停止。已匯入的資料列會保留；再次匯入該檔案即可完成，已匯入的資料列將會略過。</translation>
    </message>
</context>
<context>
    <name>WeekCalendarView</name>
    <message>
        <location filename="../../ui/maintenance/calendar.py" line="+158"/>
        <source>‹ Previous</source>
        <translation>‹ 上一週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>下一週 ›</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Everyone</source>
        <translation>全部技術人員</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s – %s · week %d</source>
        <translation>%s – %s · 第 %d 週</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 visit</source>
        <translation>1 次到府服務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} visits</source>
        <translation>{n} 次到府服務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台設備</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No visits this week</source>
        <translation>本週沒有到府服務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits booked from the due list appear here, one row per technician.</source>
        <translation>從到期清單預約的到府服務會顯示在此處，每位技術人員一列。</translation>
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
        <translation>每週新開工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders opened per month</source>
        <translation>每月新開工單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders opened</source>
        <translation>新開工單</translation>
    </message>
</context>
<context>
    <name>_OrderMovementForm</name>
    <message>
        <location filename="../../ui/parts/movements.py" line="-309"/>
        <source>Scan the work order or type its number</source>
        <translation>掃描工單或輸入工單號碼</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Scan the work order or type the repair order number.</source>
        <translation>請掃描工單或輸入維修工單號碼。</translation>
    </message>
</context>
<context>
    <name>_PartMovementForm</name>
    <message>
        <location line="-101"/>
        <source>Part number</source>
        <translation>料號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2 or 1.5</source>
        <translation>例如 2 或 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the part number (scan the label or type it).</source>
        <translation>請輸入料號（掃描標籤或手動輸入）。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+58"/>
        <location line="+6"/>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database in %s could not be opened:
%s</source>
        <translation>無法開啟位於 %s 的資料庫：
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
        <translation>fieldservice 已更新。您的資料已升級（結構版本 %1 → %2）；升級前的備份位於 %3。</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/common/formdialog.py" line="+77"/>
        <source>Name of the technician</source>
        <translation>技術人員姓名</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../ui/customers/screen.py" line="+43"/>
        <source>Search customers: name, phone, e-mail, company, town or number</source>
        <translation>搜尋客戶：姓名、電話、電子郵件、公司、鄉鎮市或編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer selected</source>
        <translation>未選取客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a customer in the list to see their details and units.</source>
        <translation>在清單中選取客戶，查看其詳細資料與設備。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 位客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} customers</source>
        <translation>{n} 位客戶</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="+29"/>
        <source>Search parts: part number, description, supplier</source>
        <translation>搜尋零件：料號、描述、供應商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New part</source>
        <translation>新增零件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No part selected</source>
        <translation>未選取零件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a part in the list to see its stock in every location, its bins and every movement.</source>
        <translation>在清單中選取一項零件，即可查看其在各庫位的庫存、所在儲位與所有庫存異動。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 part</source>
        <translation>1 項零件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} parts</source>
        <translation>{n} 項零件</translation>
    </message>
    <message>
        <location filename="../../ui/units/screen.py" line="+39"/>
        <source>Search units: serial, owner&apos;s name or phone, product</source>
        <translation>搜尋設備：序號、所有人姓名或電話、產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New unit</source>
        <translation>新增設備</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unit selected</source>
        <translation>未選取設備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a unit in the list to see what it is and who owns it.</source>
        <translation>在清單中選取設備，查看設備資訊及其所有人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit</source>
        <translation>1 台設備</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>{n} 台設備</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/screen.py" line="-259"/>
        <source>Certificate, serial, owner, dealer, invoice</source>
        <translation>保固卡號、序號、所有人、經銷商、發票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register warranty</source>
        <translation>登錄保固</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No registration selected</source>
        <translation>未選擇登錄記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a registration in the list to see whether it is covered, its dates and its history.</source>
        <translation>在清單中選擇一筆登錄記錄，查看是否在保固期內、相關日期及歷程記錄。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 registration</source>
        <translation>1 筆登錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} registrations</source>
        <translation>{n} 筆登錄</translation>
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
        <translation>請稍候</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot do that</source>
        <translation>無法執行此操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>發生未預期的問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong and the work was not finished. Your saved data is safe. If it happens again, send the details below to your support contact.</source>
        <translation>發生錯誤，作業未完成。已儲存的資料不受影響。如果再次發生，請將下方的詳細資訊傳送給您的技術支援聯絡人。</translation>
    </message>
</context>
<context>
    <name>repairs</name>
    <message>
        <location filename="../../ui/repairs/dialogs.py" line="+24"/>
        <source>Record that this order needs a part. The order cannot pass its quality check until the part is issued.</source>
        <translation>登錄此工單需要的零件。零件出庫前，工單無法通過品檢。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give back a part the order did not use, or hand in the faulty part taken out of the unit (it goes to quarantine).</source>
        <translation>退回工單未使用的零件，或繳回從設備上拆下的故障件（送隔離區）。</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../ui/maintenance/calendar.py" line="-170"/>
        <source>%d units</source>
        <translation>%d 台設備</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to complete the visit</source>
        <translation>點選以完成到府服務</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/duelist.py" line="-236"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/maintenance/planlist.py" line="-164"/>
        <source>Unit</source>
        <translation>設備</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/maintenance/planlist.py" line="+6"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/maintenance/planlist.py" line="+6"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/maintenance/planlist.py" line="+14"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/planlist.py" line="-52"/>
        <source>Calendar</source>
        <translation>依日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>依讀數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar or meter</source>
        <translation>日期或讀數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No owner</source>
        <translation>無客戶</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: another customer has the same phone number</source>
        <translation>可能重複：另一位客戶的電話號碼相同</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/warranty/screen.py" line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
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
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/warranty/screen.py" line="+2"/>
        <source>Purchased</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/calls.py" line="-383"/>
        <location filename="../../ui/repairs/screen.py" line="+8"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was done</source>
        <translation>處理內容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attempt</source>
        <translation>撥打次數</translation>
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
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer · order</source>
        <translation>客戶 · 工單</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the customer said</source>
        <translation>客戶反映</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/repairs/screen.py" line="-2"/>
        <location filename="../../ui/warranty/screen.py" line="+9"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to %s</source>
        <translation>已指派給 %s</translation>
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
        <translation>%d 天後到期</translation>
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
        <translation>本週到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance/words.py" line="+18"/>
        <source>By calendar</source>
        <translation>依日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meter reading</source>
        <translation>依儀表讀數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar or meter, whichever comes first</source>
        <translation>日期或讀數，以先到者為準</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the day the last visit was done</source>
        <translation>自上次到府服務完成日起算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On fixed dates (from the start date)</source>
        <translation>依固定日期（自開始日期起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>running hours</source>
        <translation>運轉時數</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>cycles</source>
        <translation>次循環</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>小時</translation>
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
        <translation>每週</translation>
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
        <translation>%s或%s，以先到者為準</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on fixed dates</source>
        <translation>依固定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from the last visit</source>
        <translation>自上次到府服務起算</translation>
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
        <translation>依日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter</source>
        <translation>依讀數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Either</source>
        <translation>日期或讀數</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue.py" line="-327"/>
        <location filename="../../ui/parts/count.py" line="-542"/>
        <location filename="../../ui/parts/ordering.py" line="-166"/>
        <source>Part number</source>
        <translation>料號</translation>
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
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/parts/ordering.py" line="+2"/>
        <source>On hand</source>
        <translation>現有</translation>
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
        <translation>供應商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default bin</source>
        <translation>預設儲位</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count.py" line="-10"/>
        <source>not counted</source>
        <translation>未盤點</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected</source>
        <translation>帳面數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the books when the count started</source>
        <translation>盤點開始時的帳面數量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hand now</source>
        <translation>目前現有</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the books now: posting compares the count with this</source>
        <translation>目前帳面數量：過帳時以此與實盤數比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>實盤數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location filename="../../ui/parts/history.py" line="+21"/>
        <source>Receipt</source>
        <translation>入庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue to order</source>
        <translation>工單領用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return from order</source>
        <translation>工單退庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty part returned</source>
        <translation>故障零件退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer out</source>
        <translation>調撥出庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer in</source>
        <translation>調撥入庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count result</source>
        <translation>盤點結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>期初庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal</source>
        <translation>沖銷</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>↩ %s of %s</source>
        <translation>↩ 沖銷 %s（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed %s</source>
        <translation>已沖銷（%s）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Override by %s: %s</source>
        <translation>%s 特准：%s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverses: %s</source>
        <translation>沖銷：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by: %s</source>
        <translation>被沖銷：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Movement</source>
        <translation>異動類型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference / order</source>
        <translation>單號 / 工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location filename="../../ui/parts/ordering.py" line="-16"/>
        <source>%s · no lead time recorded</source>
        <translation>%s · 未記錄前置時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s · lead time %d days</source>
        <translation>%s · 前置時間 %d 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>待領用</translation>
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
        <translation>補貨點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>包裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>建議數量</translation>
    </message>
    <message>
        <location filename="../../ui/repairs/screen.py" line="-3"/>
        <source>Priority</source>
        <translation>優先等級</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>開單日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due / time left</source>
        <translation>到期 / 剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/forms.py" line="-3"/>
        <source>Front desk</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/warranty/screen.py" line="-2"/>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported list</source>
        <translation>匯入清單</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/policies.py" line="-353"/>
        <source>1 month</source>
        <translation>1 個月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} months</source>
        <translation>{n} 個月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s warranty, then %s service (chargeable)</source>
        <translation>保固 %s，之後服務期 %s（需付費）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s warranty, no service period</source>
        <translation>保固 %s，無服務期</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/registration.py" line="-293"/>
        <source>In warranty</source>
        <translation>保固期內</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service period</source>
        <translation>服務期（收費）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Expired</source>
        <translation>已過保固</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Void</source>
        <translation>保固失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>未登錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last day today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day left</source>
        <translation>剩餘 1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days left</source>
        <translation>剩餘 {n} 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void: %s</source>
        <translation>保固失效：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided on %s by %s. Repairs are chargeable.</source>
        <translation>於 %s 由 %s 判定失效。維修需付費。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %s</source>
        <translation>備註：%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty until %s</source>
        <translation>保固期內，至 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>then service period until %s</source>
        <translation>之後服務期至 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service period until %s</source>
        <translation>服務期（收費）至 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ended %s. Repairs are chargeable; %s of support.</source>
        <translation>保固已於 %s 結束。維修需付費；服務期%s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warranty ended %s; service period ended %s.</source>
        <translation>保固已於 %s 結束；服務期已於 %s 結束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warranty ended %s; no service period.</source>
        <translation>保固已於 %s 結束；無服務期。</translation>
    </message>
    <message>
        <location filename="../../ui/warranty/screen.py" line="-17"/>
        <source>Certificate</source>
        <translation>保固卡號</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty void</source>
        <translation>保固已失效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warranty until</source>
        <translation>保固到期</translation>
    </message>
</context>
</TS>
