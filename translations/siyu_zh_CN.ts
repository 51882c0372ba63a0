<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>siyu</name>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>the undo log of batch %1 names an unknown table</source>
        <translation>批次 %1 的撤销记录引用了未知的表</translation>
    </message>
    <message>
        <source>the undo log names an unknown column %1</source>
        <translation>撤销记录引用了未知的列 %1</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>不存在导入批次 %1</translation>
    </message>
    <message>
        <source>There is no member with row id %1.</source>
        <translation>不存在行 ID 为 %1 的会员。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>Gender must be M, F or U.</source>
        <translation>性别必须为 M、F 或 U。</translation>
    </message>
    <message>
        <source>“%1” is not a lifecycle stage.</source>
        <translation>“%1”不是有效的生命周期阶段。</translation>
    </message>
    <message>
        <source>Consent must be yes, no or unknown.</source>
        <translation>授权同意必须为 yes、no 或 unknown。</translation>
    </message>
    <message>
        <source>A member must have a joined date.</source>
        <translation>会员必须填写加入日期。</translation>
    </message>
    <message>
        <source>%1 names the workspace&apos;s own file %2; choose another file</source>
        <translation>%1 指向了工作区自身的文件 %2，请选择其他文件</translation>
    </message>
    <message>
        <source>%1 names the input file %2; choose another file</source>
        <translation>%1 指向了输入文件 %2，请选择其他文件</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>社群 %1</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>the rows %1</source>
        <translation>以下行：%1</translation>
    </message>
    <message>
        <source>the rows %1 and %2 more</source>
        <translation>以下行：%1，另有 %2 行</translation>
    </message>
    <message>
        <source>members %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <source>members %1 and %2 more</source>
        <translation>会员 %1，另有 %2 名</translation>
    </message>
    <message>
        <source>the text holds a NUL byte; is the file damaged?</source>
        <translation>文本中含有 NUL 字节；文件是否已损坏？</translation>
    </message>
    <message>
        <source>This is not a valid phone number: %1.</source>
        <translation>这不是有效的电话号码：%1。</translation>
    </message>
</context>
<context>
    <name>siyu::AddMember</name>
    <message>
        <source>Add member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>The member added by hand was changed elsewhere (an import or another program gave them events, orders, groups or tags) since; they were kept, and the step was dropped from the undo history.</source>
        <translation>手动添加的会员此后已在别处被更改（导入或其他程序为其添加了事件、订单、社群或标签）；会员已保留，此步骤已从撤销历史中移除。</translation>
    </message>
</context>
<context>
    <name>siyu::AnalysisCharts</name>
    <message>
        <source>1
fewest, least</source>
        <translation>1
最少</translation>
    </message>
    <message>
        <source>5
most</source>
        <translation>5
最多</translation>
    </message>
    <message>
        <source>1 longest ago</source>
        <translation>1 最久</translation>
    </message>
    <message>
        <source>5 most recent</source>
        <translation>5 最近</translation>
    </message>
    <message>
        <source>Frequency and monetary (FM score)</source>
        <translation>频次与金额（FM 分）</translation>
    </message>
    <message>
        <source>Recency (R score)</source>
        <translation>最近一次消费（R 分）</translation>
    </message>
    <message>
        <source>Nobody placed a paid order in the window</source>
        <translation>窗口内没有人下过已付订单</translation>
    </message>
    <message>
        <source>Average spend per member (%1)</source>
        <translation>人均消费（%1）</translation>
    </message>
    <message>
        <source>R %1 · FM %2 (%3)
Members: %4
Monetary total: %5
Average per member: %6</source>
        <translation>R %1 · FM %2（%3）
会员：%4
消费总额：%5
人均消费：%6</translation>
    </message>
    <message>
        <source>No members</source>
        <translation>没有会员</translation>
    </message>
    <message>
        <source>↑ %1 converted</source>
        <translation>↑ 转化 %1</translation>
    </message>
    <message>
        <source>%1: %2 members (%3 of all)</source>
        <translation>%1：%2 位会员（占全部 %3）</translation>
    </message>
    <message>
        <source>Of the %1 members who reached %2 or later, %3 reached %4 or later</source>
        <translation>到达%2或之后阶段的 %1 位会员中，%3 到达了%4或之后阶段</translation>
    </message>
    <message>
        <source>No weeks</source>
        <translation>没有周数据</translation>
    </message>
    <message>
        <source>ISO week (members&apos; stage at the end of each week)</source>
        <translation>ISO 周（各周结束时会员所处阶段）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>（截至目前）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stage changes are recorded from %1 on; before that each member shows the stage they had before their first recorded change.</source>
        <translation>阶段变化自 %1 起才有记录；此前各周显示的是每位会员第一次记录变化之前所处的阶段。</translation>
    </message>
    <message>
        <source>No stage change is recorded yet: every week shows the stored stages.</source>
        <translation>尚无阶段变化记录：各周均显示当前存储的阶段。</translation>
    </message>
</context>
<context>
    <name>siyu::AnalysisStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>siyu::CalendarArea</name>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation>上一段 (Alt+←)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation>下一段 (Alt+→)</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>%1 view (Ctrl+%2)</source>
        <translation>%1视图 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every item</source>
        <translation>显示全部内容</translation>
    </message>
    <message>
        <source>over the push limit</source>
        <translation>超出推送上限</translation>
    </message>
    <message>
        <source>gap: a group that usually gets posts has none</source>
        <translation>空档：常规发布的社群当天无内容</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Every campaign</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>%1 周 · %2 – %3</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看名单</translation>
    </message>
    <message>
        <source>Members over the weekly contact cap</source>
        <translation>超出每周触达上限的会员</translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>New Item…</source>
        <translation>新建内容…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New SOP Series…</source>
        <translation>新建 SOP 系列…</translation>
    </message>
    <message>
        <source>Open Item…</source>
        <translation>打开内容…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Shift by Days…</source>
        <translation>整体平移天数…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Month View</source>
        <translation>月视图</translation>
    </message>
    <message>
        <source>Week View</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Agenda View</source>
        <translation>日程视图</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Export to iCalendar…</source>
        <translation>导出为 iCalendar…</translation>
    </message>
    <message>
        <source>Print Preview of the Week&apos;s Plan…</source>
        <translation>打印预览本周计划…</translation>
    </message>
    <message>
        <source>Print the Week&apos;s Plan…</source>
        <translation>打印本周计划…</translation>
    </message>
    <message>
        <source>Edit Its Series…</source>
        <translation>编辑所属系列…</translation>
    </message>
    <message>
        <source>Delete Its Series…</source>
        <translation>删除所属系列…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Edit SOP Series</source>
        <translation>编辑 SOP 系列</translation>
    </message>
    <message>
        <source>(no series yet)</source>
        <translation>（尚无系列）</translation>
    </message>
    <message>
        <source>Shift items</source>
        <translation>平移内容</translation>
    </message>
    <message>
        <source>Move the selected item by this many days (negative: earlier):</source>
        <translation>将所选内容移动的天数（负数为提前）：</translation>
    </message>
    <message>
        <source>Move the %1 selected items by this many days (negative: earlier):</source>
        <translation>将所选 %1 项内容移动的天数（负数为提前）：</translation>
    </message>
    <message>
        <source>Delete Series…</source>
        <translation>删除系列…</translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>删除系列</translation>
    </message>
    <message>
        <source>Delete the series “%1” and the items it planned?</source>
        <translation>删除系列“%1”及其排期的内容？</translation>
    </message>
    <message>
        <source>1 of its items is already published.</source>
        <translation>其中 1 项已发布。</translation>
    </message>
    <message>
        <source>%1 of its items are already published.</source>
        <translation>其中 %1 项已发布。</translation>
    </message>
    <message>
        <source>Keep Published Items</source>
        <translation>保留已发布内容</translation>
    </message>
    <message>
        <source>Delete Them All</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>导出为 iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Wrote 1 item to %2</source>
        <translation>已将 1 项内容写入 %2</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2</source>
        <translation>已将 %1 项内容写入 %2</translation>
    </message>
    <message>
        <source>Skip This Occurrence</source>
        <translation>跳过这一次</translation>
    </message>
</context>
<context>
    <name>siyu::CalendarGridView</name>
    <message>
        <source>Nothing planned for: %1</source>
        <translation>以下社群无排期：%1</translation>
    </message>
</context>
<context>
    <name>siyu::ChangeMemberTag</name>
    <message>
        <source>Add tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
</context>
<context>
    <name>siyu::ChangeMembersTag</name>
    <message>
        <source>Add tag %1 to %2 members</source>
        <translation>为 %2 位会员添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tag %1 from %2 members</source>
        <translation>从 %2 位会员移除标签 %1</translation>
    </message>
</context>
<context>
    <name>siyu::Charts</name>
    <message>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <source>Total members</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <source>%1 (%2)
Total members: %3
Active members: %4
New members: %5</source>
        <translation>%1（%2）
会员总数：%3
活跃会员：%4
新增会员：%5</translation>
    </message>
    <message>
        <source>No cohorts</source>
        <translation>暂无同期群</translation>
    </message>
    <message>
        <source>W+%1</source>
        <translation>+%1周</translation>
    </message>
    <message>
        <source>Joined in %1 (%2 members)
Active %3 weeks later: %4</source>
        <translation>%1 加入（%2 名会员）
%3 周后活跃：%4</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>复购人数</translation>
    </message>
    <message>
        <source>No content with reads in this period</source>
        <translation>本期没有有阅读量的内容</translation>
    </message>
    <message>
        <source>Interaction rate (%)</source>
        <translation>互动率（%）</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>暂无社群</translation>
    </message>
    <message>
        <source>Active share</source>
        <translation>活跃占比</translation>
    </message>
    <message>
        <source>Fill of member cap</source>
        <translation>人数上限占用</translation>
    </message>
    <message>
        <source>% of members</source>
        <translation>占会员比例（%）</translation>
    </message>
    <message>
        <source>%1
Members: %2 (cap %3)
Joins: %4, leaves: %5
Messages per member per day: %6
Active share: %7</source>
        <translation>%1
成员：%2（上限 %3）
入群：%4，退群：%5
人均日发言数：%6
活跃占比：%7</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>活动成本</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>%1
Campaign cost: %2
GMV: %3
GMV from campaigns: %4</source>
        <translation>%1
活动成本：%2
GMV：%3
活动带来的 GMV：%4</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>阅读会员</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>点击会员</translation>
    </message>
    <message>
        <source>Members with a read event in the period</source>
        <translation>期内有阅读事件的会员</translation>
    </message>
    <message>
        <source>Readers who also clicked in the period</source>
        <translation>期内阅读且点击的会员</translation>
    </message>
    <message>
        <source>Readers who clicked and bought (a paid order) in the period</source>
        <translation>期内阅读、点击并购买（有已付订单）的会员</translation>
    </message>
    <message>
        <source>Of those, members with two or more paid orders in the period</source>
        <translation>其中期内有两笔及以上已付订单的会员</translation>
    </message>
    <message>
        <source>%1: %2
%3 of the readers</source>
        <translation>%1：%2
占阅读会员的 %3</translation>
    </message>
    <message>
        <source>%1
%2
Reads: %3
Likes + comments + shares: %4
Interaction rate: %5
Click-through rate: %6</source>
        <translation>%1
%2
阅读：%3
点赞 + 评论 + 分享：%4
互动率：%5
点击率：%6</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <source>GMV (%1)</source>
        <translation>GMV（%1）</translation>
    </message>
</context>
<context>
    <name>siyu::CheckPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>用文件中的值更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Skip them: only add new records</source>
        <translation>跳过：只添加新记录(&amp;S)</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is invalid</source>
        <translation>有任何无效行则全部不导入(&amp;N)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Siyu reads the whole file without writing anything, and shows the rows it would reject and why.</source>
        <translation>Siyu 会读取整个文件但不写入任何内容，并列出将被拒绝的行及原因。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Records already in Siyu</source>
        <translation>Siyu 中已有的记录</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>无效行</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Checking %1 files…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>Check the file again to go on.</source>
        <translation>请重新检查文件后继续。</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is</source>
        <translation>该文件无法按原样导入</translation>
    </message>
    <message>
        <source>Every row can be imported</source>
        <translation>所有行均可导入</translation>
    </message>
    <message>
        <source>Rows that cannot be imported: %1</source>
        <translation>无法导入的行：%1</translation>
    </message>
    <message>
        <source>Rows read: %1. New records: %2. Already in Siyu: %3. Invalid: %4.</source>
        <translation>读取行数：%1。新记录：%2。Siyu 中已有：%3。无效：%4。</translation>
    </message>
    <message>
        <source>The first %1 are listed; the import writes all of them to a rejects file.</source>
        <translation>此处列出前 %1 行；导入时会将全部无效行写入拒绝文件。</translation>
    </message>
    <message>
        <source>The import skips them and writes them to a rejects file.</source>
        <translation>导入时会跳过这些行，并将其写入拒绝文件。</translation>
    </message>
    <message>
        <source>With “Import nothing if any row is invalid” on, the import would stop: fix the file or turn it off.</source>
        <translation>已开启“有任何无效行则全部不导入”，导入将会中止：请修正文件或关闭该选项。</translation>
    </message>
</context>
<context>
    <name>siyu::ChurnWarningModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The fall in activities per recent window, and as a share of the earlier level</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Activities are events and paid orders</source>
        <translation>活动包括事件和已付订单</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员 ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>降幅</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
</context>
<context>
    <name>siyu::ChurnWarningPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <source>A static segment of these members, for a recall campaign</source>
        <translation>由这些会员组成的静态分群，用于召回活动</translation>
    </message>
    <message>
        <source>Churn warnings on %1</source>
        <translation>%1 的流失预警</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Members whose last</source>
        <extracomment>Read as one sentence: &quot;Warn about members whose last [30 days] held at most [30%] of their activity in the [90 days] before, if that was at least [3.0] activities&quot;</extracomment>
        <translation>近</translation>
    </message>
    <message>
        <source>held at most</source>
        <translation>内的活动不超过</translation>
    </message>
    <message>
        <source>of their level in the</source>
        <translation>× 此前</translation>
    </message>
    <message>
        <source>before, when that level was at least</source>
        <translation>的水平，且此前水平不低于</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>次活动</translation>
    </message>
    <message>
        <source>Activities are events and paid orders. A member&apos;s level is their activity in the earlier window scaled to the length of the recent one.</source>
        <translation>活动包括事件和已付订单。会员的此前水平是其在较早窗口内的活动量按近期窗口长度折算后的数值。</translation>
    </message>
    <message>
        <source>Waiting for the parameters to settle…</source>
        <translation>等待参数确定…</translation>
    </message>
    <message>
        <source>Looking for members whose activity fell…</source>
        <translation>正在查找活跃度下降的会员…</translation>
    </message>
    <message>
        <source>Cancelled; the list is of other parameters</source>
        <translation>已取消；列表对应的是其他参数</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n members to win back, as of %1</source>
        <translation>
            <numerusform>截至 %1，有 %n 位会员需要召回</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no list to export</source>
        <translation>没有可导出的列表</translation>
    </message>
    <message>
        <source>churn-warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Export Churn Warnings</source>
        <translation>导出流失预警</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n members to %1</source>
        <translation>
            <numerusform>已将 %n 位会员导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>siyu::ContentCalendarModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>siyu::ContentEditor</name>
    <message>
        <source>%1 items</source>
        <translation>%1 项内容</translation>
    </message>
    <message>
        <source>A content item needs a title.</source>
        <translation>内容需要标题。</translation>
    </message>
    <message>
        <source>Plan “%1”</source>
        <translation>排期“%1”</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>该内容已不存在。</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>改期“%1”</translation>
    </message>
    <message>
        <source>Shift %1 by %2 day</source>
        <translation>将 %1 平移 %2 天</translation>
    </message>
    <message>
        <source>Shift %1 by %2 days</source>
        <translation>将 %1 平移 %2 天</translation>
    </message>
    <message>
        <source>A series needs a title.</source>
        <translation>系列需要标题。</translation>
    </message>
    <message>
        <source>A series needs a first day and a horizon after it.</source>
        <translation>系列需要开始日期及其后的排期范围。</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>编辑系列“%1”</translation>
    </message>
    <message>
        <source>Plan series “%1”</source>
        <translation>排期系列“%1”</translation>
    </message>
    <message>
        <source>The series no longer exists.</source>
        <translation>该系列已不存在。</translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation>删除系列“%1”</translation>
    </message>
</context>
<context>
    <name>siyu::ContentItemDialog</name>
    <message>
        <source>Plan a content item</source>
        <translation>排期内容</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>编辑内容</translation>
    </message>
    <message>
        <source>This item belongs to an SOP series: changes here apply to this occurrence only, and the series leaves it as you edit it.</source>
        <translation>此内容属于一个 SOP 系列：这里的修改只作用于这一次，系列之后不再改写它。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>目标社群(&amp;G)：</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>目标社群(&amp;G)：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>Target &amp;stage:</source>
        <translation>目标阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Text, links, notes for whoever posts it</source>
        <translation>正文、链接、给发布人的备注</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Results (once published)</source>
        <translation>效果（发布后填写）</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>阅读：</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>点赞：</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>评论：</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>分享：</translation>
    </message>
    <message>
        <source>Clicks:</source>
        <translation>点击：</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>转化：</translation>
    </message>
    <message>
        <source>Interaction rate %1 · Click-through rate %2</source>
        <translation>互动率 %1 · 点击率 %2</translation>
    </message>
</context>
<context>
    <name>siyu::CsvReader</name>
    <message>
        <source>the row is longer than %1 MB; is a closing quote missing?</source>
        <translation>该行超过 %1 MB，是否缺少右引号？</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing)</source>
        <translation>带引号的字段没有闭合（缺少引号）</translation>
    </message>
</context>
<context>
    <name>siyu::CsvRowSource</name>
    <message>
        <source>the file holds no rows</source>
        <translation>文件中没有数据行</translation>
    </message>
    <message>
        <source>the required column %1 is missing from the header</source>
        <translation>表头中缺少必需的列 %1</translation>
    </message>
    <message>
        <source>%1: columns not in preset %2 are ignored: %3</source>
        <translation>%1：不在预设 %2 中的列已忽略：%3</translation>
    </message>
    <message>
        <source>%1, delimiter %2, header on row %3</source>
        <translation>%1，分隔符 %2，表头位于第 %3 行</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the text is not UTF-8; is the file in another encoding? (choose one with --encoding)</source>
        <translation>文本不是 UTF-8 编码；文件是否使用了其他编码？（可用 --encoding 指定）</translation>
    </message>
    <message>
        <source>the text cannot be read as %1; choose the file&apos;s encoding</source>
        <translation>无法按 %1 读取文本，请选择文件的编码</translation>
    </message>
</context>
<context>
    <name>siyu::DashboardView</name>
    <message>
        <source>Members and active members</source>
        <translation>会员与活跃会员</translation>
    </message>
    <message>
        <source>Weekly retention cohorts</source>
        <translation>每周留存同期群</translation>
    </message>
    <message>
        <source>Top content by interaction rate</source>
        <translation>互动率最高的内容</translation>
    </message>
    <message>
        <source>Group health: the largest groups</source>
        <translation>社群健康度：规模最大的社群</translation>
    </message>
    <message>
        <source>Campaign cost against GMV</source>
        <translation>活动成本与 GMV 对比</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>上一周期</translation>
    </message>
    <message numerus="yes">
        <source>Members and active members, last %n weeks</source>
        <translation>
            <numerusform>会员与活跃会员（近 %n 周）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign cost against GMV, last %n weeks</source>
        <translation>
            <numerusform>活动成本与 GMV 对比（近 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn warnings: %1&lt;/b&gt;&lt;br&gt;Members whose activity in the last %2 weeks fell to a quarter of their earlier level.</source>
        <translation>&lt;b&gt;流失预警：%1&lt;/b&gt;&lt;br&gt;近 %2 周活跃度降至此前四分之一的会员。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Groups near their member cap&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;接近人数上限的社群&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>None at 90% or more.</source>
        <translation>没有达到 90% 及以上的社群。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacted too often in %1: %2&lt;/b&gt;&lt;br&gt;Members reached more than %3 times in the week.</source>
        <translation>&lt;b&gt;%1 触达过多：%2&lt;/b&gt;&lt;br&gt;一周内被触达超过 %3 次的会员。</translation>
    </message>
    <message>
        <source>Member funnel: readers to repeat buyers</source>
        <translation>会员漏斗：从阅读到复购</translation>
    </message>
</context>
<context>
    <name>siyu::FilePage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Drop exported files here, or choose them: CSV exports, Telegram JSON, WhatsApp chats.</source>
        <translation>将导出的文件拖放到这里，或点击选择：CSV 导出、Telegram JSON、WhatsApp 聊天记录。</translation>
    </message>
    <message>
        <source>Choose Files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Drop the exported files here</source>
        <translation>将导出的文件拖放到这里</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.json *.tsv);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.json *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>siyu::GroupDetailPane</name>
    <message>
        <source>Joins, leaves and messages per member per day</source>
        <translation>入群、退群与人均日发言数</translation>
    </message>
    <message>
        <source>Select a group to see its members and how it is doing.</source>
        <translation>选择一个社群，查看其成员和运营情况。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Joined (12 weeks)</source>
        <translation>入群（12 周）</translation>
    </message>
    <message>
        <source>Left (12 weeks)</source>
        <translation>退群（12 周）</translation>
    </message>
    <message>
        <source>Messages / member / day</source>
        <translation>人均日发言数</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Show all members of this group</source>
        <translation>显示该社群的全部成员</translation>
    </message>
    <message>
        <source>Open these members in the Members area</source>
        <translation>在会员区域中打开这些会员</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>当前成员</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <translation>该社群目前没有成员。</translation>
    </message>
    <message>
        <source>Double-click a member to open them in the Members area</source>
        <translation>双击成员可在会员区域中打开</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>无平台</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无群主</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>群主：%1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1% of the member cap</source>
        <translation>已达人数上限的 %1%</translation>
    </message>
    <message>
        <source>No member cap</source>
        <translation>无人数上限</translation>
    </message>
    <message>
        <source>Not defined: no members that week</source>
        <translation>无定义：该周没有成员</translation>
    </message>
    <message>
        <source>Current members (%1)</source>
        <translation>当前成员（%1）</translation>
    </message>
</context>
<context>
    <name>siyu::GroupDialog</name>
    <message>
        <source>Edit Group</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>WeChat groups stop at 500; WeCom customer groups at 200 or 500</source>
        <translation>微信群上限 500 人；企业微信客户群上限 200 或 500 人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Made up when left empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>社群 ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Member cap</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>添加社群</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>请输入社群名称。</translation>
    </message>
</context>
<context>
    <name>siyu::GroupHealthChart</name>
    <message>
        <source>Joins / leaves</source>
        <translation>入群 / 退群</translation>
    </message>
    <message>
        <source>Messages per
member per day</source>
        <translation>人均
日发言数</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Messages per member per day</source>
        <translation>人均日发言数</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>未选择社群</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>截至目前</translation>
    </message>
    <message>
        <source>Nobody joined or left in these weeks</source>
        <translation>这几周没有人入群或退群</translation>
    </message>
    <message>
        <source>No messages in these weeks</source>
        <translation>这几周没有消息</translation>
    </message>
    <message>
        <source>Not defined: the group had no members</source>
        <translation>无定义：该社群当时没有成员</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>This week so far: %1 of 7 days</source>
        <translation>本周截至目前：已过 %1/7 天</translation>
    </message>
    <message>
        <source>Joins: %1   Leaves: %2</source>
        <translation>入群：%1   退群：%2</translation>
    </message>
    <message>
        <source>Members now: %1</source>
        <translation>当前成员：%1</translation>
    </message>
    <message>
        <source>Members at week end: %1</source>
        <translation>周末成员数：%1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Messages per member per day: %1</source>
        <translation>人均日发言数：%1</translation>
    </message>
    <message>
        <source>Members active: %1</source>
        <translation>活跃成员：%1</translation>
    </message>
</context>
<context>
    <name>siyu::GroupListDelegate</name>
    <message>
        <source>No owner</source>
        <translation>无群主</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>siyu::GroupListModel</name>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Current members: %1. No member cap.</source>
        <translation>当前成员：%1。无人数上限。</translation>
    </message>
    <message>
        <source>%1 of %2 members (%3)</source>
        <translation>%1 / %2 人（%3）</translation>
    </message>
    <message>
        <source>Near its member cap</source>
        <translation>接近人数上限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>siyu::GroupMemberModel</name>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Member id %1</source>
        <translation>会员 ID %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
</context>
<context>
    <name>siyu::GroupsArea</name>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Search groups by name or theme</source>
        <translation>按名称或主题搜索社群</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>搜索社群</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Double-click a name, theme, owner, cap or status to change it</source>
        <translation>双击名称、主题、群主、上限或状态即可修改</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>社群：%1</translation>
    </message>
    <message>
        <source>Near the member cap: %1</source>
        <translation>接近人数上限：%1</translation>
    </message>
    <message>
        <source>No groups match “%1”.</source>
        <translation>没有与“%1”匹配的社群。</translation>
    </message>
    <message>
        <source>No groups on %1.</source>
        <translation>%1 上没有社群。</translation>
    </message>
    <message>
        <source>No groups yet. Import a groups export (WeCom, Telegram, a Siyu groups file…) and they appear here.</source>
        <translation>还没有社群。导入社群导出文件（企业微信、Telegram、Siyu 社群文件等）后，社群会显示在这里。</translation>
    </message>
    <message>
        <source>Select a group to see its members and how it is doing.</source>
        <translation>选择一个社群，查看其成员和运营情况。</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>新建社群…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a group by hand (Undo removes it again)</source>
        <translation>手动添加社群（撤销可再次删除）</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>编辑社群…</translation>
    </message>
    <message>
        <source>Change the name, platform, owner, theme or member cap of the selected group</source>
        <translation>修改所选社群的名称、平台、群主、主题或人数上限</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>社群(&amp;G)</translation>
    </message>
    <message>
        <source>The group could not be added.</source>
        <translation>无法添加该社群。</translation>
    </message>
    <message>
        <source>Added the group “%1”. Undo removes it again.</source>
        <translation>已添加社群“%1”。撤销可再次删除。</translation>
    </message>
    <message>
        <source>No group is selected.</source>
        <translation>未选择社群。</translation>
    </message>
    <message>
        <source>The group could not be changed.</source>
        <translation>无法修改该社群。</translation>
    </message>
</context>
<context>
    <name>siyu::ImportEngine</name>
    <message>
        <source>there is no preset &apos;%1&apos; (&apos;siyu presets&apos; lists them)</source>
        <translation>不存在预设“%1”（可用“siyu presets”列出全部预设）</translation>
    </message>
    <message>
        <source>the import would leave a row of %1 (id %2) whose %3 names a missing row of %4; nothing was imported</source>
        <translation>导入后 %1 中的一行（ID %2）的 %3 将指向 %4 中不存在的行；未导入任何内容</translation>
    </message>
    <message>
        <source>the rejects file</source>
        <translation>拒绝文件</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
</context>
<context>
    <name>siyu::ImportHistory</name>
    <message>
        <source>import batch %1 was undone already</source>
        <translation>导入批次 %1 已撤销</translation>
    </message>
    <message>
        <source>import batch %1 cannot be undone: batch %2 changed the same rows since; undo batch %2 first</source>
        <translation>无法撤销导入批次 %1：批次 %2 之后修改了相同的行，请先撤销批次 %2</translation>
    </message>
    <message>
        <source>import batch %1 cannot be undone: rows added or changed since (by a later import or by hand) refer to records it added; undo the later imports first</source>
        <translation>无法撤销导入批次 %1：之后（由后续导入或手动）添加或修改的行引用了该批次添加的记录，请先撤销后续导入</translation>
    </message>
    <message>
        <source>import batch %1 cannot be undone: %2 changed since the import (by hand or by another program), and undo would overwrite or delete those changes</source>
        <translation>无法撤销导入批次 %1：%2 在导入后已被修改（手动或由其他程序修改），撤销会覆盖或删除这些修改</translation>
    </message>
</context>
<context>
    <name>siyu::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import %1? The records it added (%2) are removed, and the records it updated (%3) are restored as they were.</source>
        <translation>撤销导入 %1？该次导入新增的记录（%2 条）将被删除，更新过的记录（%3 条）将恢复原样。</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>正在撤销导入 %1…</translation>
    </message>
    <message>
        <source>Import %1 is undone. Records removed: %2; restored: %3.</source>
        <translation>导入 %1 已撤销。删除记录：%2；恢复记录：%3。</translation>
    </message>
    <message>
        <source>Import %1 could not be undone: %2</source>
        <translation>导入 %1 无法撤销：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间为 %1 时区</translation>
    </message>
</context>
<context>
    <name>siyu::ImportHistoryModel</name>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间为 %1 时区</translation>
    </message>
</context>
<context>
    <name>siyu::ImportMappingModel</name>
    <message>
        <source>As is</source>
        <translation>原样</translation>
    </message>
    <message>
        <source>List, split on , ; 、 |</source>
        <translation>列表，按 , ; 、 | 拆分</translation>
    </message>
    <message>
        <source>List, split on ;</source>
        <translation>列表，按 ; 拆分</translation>
    </message>
    <message>
        <source>Translate values (preset&apos;s table)</source>
        <translation>转换取值（预设的对照表）</translation>
    </message>
    <message>
        <source>Dates: order detected (all dates)</source>
        <translation>日期：自动识别顺序（所有日期）</translation>
    </message>
    <message>
        <source>Dates: year-month-day (all dates)</source>
        <translation>日期：年-月-日（所有日期）</translation>
    </message>
    <message>
        <source>Dates: day-month-year (all dates)</source>
        <translation>日期：日-月-年（所有日期）</translation>
    </message>
    <message>
        <source>Dates: month-day-year (all dates)</source>
        <translation>日期：月-日-年（所有日期）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Siyu field</source>
        <translation>Siyu 字段</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>siyu::ImportPreset</name>
    <message>
        <source>the preset is not a JSON object: %1</source>
        <translation>预设不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>unknown preset format &apos;%1&apos;</source>
        <translation>未知的预设格式“%1”</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos; (members, groups, memberships, events, orders, content, campaigns, campaign_costs)</source>
        <translation>未知的实体“%1”（members、groups、memberships、events、orders、content、campaigns、campaign_costs）</translation>
    </message>
    <message>
        <source>date_order must be auto, dmy, mdy or ymd</source>
        <translation>date_order 必须为 auto、dmy、mdy 或 ymd</translation>
    </message>
    <message>
        <source>Siyu %1 (canonical CSV)</source>
        <translation>Siyu %1（标准 CSV）</translation>
    </message>
    <message>
        <source>the preset has no name</source>
        <translation>预设没有名称</translation>
    </message>
    <message>
        <source>preset %1: %2 has no field &apos;%3&apos;</source>
        <translation>预设 %1：%2 没有字段“%3”</translation>
    </message>
    <message>
        <source>preset %1: field %2 names no source column</source>
        <translation>预设 %1：字段 %2 未指定来源列</translation>
    </message>
</context>
<context>
    <name>siyu::ImportPreviewModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 is not imported</source>
        <translation>%1 不导入</translation>
    </message>
    <message>
        <source>%1 is imported as %2</source>
        <translation>%1 导入为 %2</translation>
    </message>
</context>
<context>
    <name>siyu::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
</context>
<context>
    <name>siyu::InvalidRowsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>siyu::KpiCard</name>
    <message>
        <source>Click to list these members</source>
        <translation>点击列出这些会员</translation>
    </message>
    <message>
        <source>The last weeks</source>
        <translation>最近几周</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2, %3 against %4 (%5). %6.</source>
        <translation>%1：%2，对比 %4（%5）%3。%6。</translation>
    </message>
</context>
<context>
    <name>siyu::KpisArea</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · 更新于 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Preparing the report of %1…</source>
        <translation>正在准备 %1 的报告…</translation>
    </message>
    <message>
        <source>Saved the weekly report as %1</source>
        <translation>周报已保存为 %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 · %1</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>正在列出 %1…</translation>
    </message>
    <message>
        <source>Churn warnings in %1</source>
        <translation>%1 的流失预警</translation>
    </message>
    <message>
        <source>Contacted too often in %1</source>
        <translation>%1 触达过多</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Compute the KPIs again (%1)</source>
        <translation>重新计算指标（%1）</translation>
    </message>
    <message>
        <source>%1 so far · updated %2</source>
        <translation>%1 截至目前 · 更新于 %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间为 %1 时区</translation>
    </message>
</context>
<context>
    <name>siyu::LifecyclePage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Click a stage to list its members.</source>
        <translation>点击一个阶段，列出其会员。</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <source>Churn after</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>without an event or a paid order</source>
        <translation>没有任何事件和已付订单即为流失</translation>
    </message>
    <message>
        <source>Counting the stages…</source>
        <translation>正在统计各阶段…</translation>
    </message>
    <message>
        <source>Cancelled; showing the stages of %1</source>
        <translation>已取消；显示的是 %1 的阶段</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Stages of %n members as stored on %1; weeks from the stage history</source>
        <translation>
            <numerusform>%1 存储的 %n 位会员的阶段；每周数据来自阶段历史</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 on %2</source>
        <extracomment>Caption of a member list: the stage and the day it was counted</extracomment>
        <translation>%2 处于%1阶段</translation>
    </message>
    <message>
        <source>Change the churn threshold</source>
        <translation>更改流失阈值</translation>
    </message>
    <message>
        <source>Members will churn after %1 days without an event or a paid order instead of %2. Every member&apos;s stage is then recomputed.</source>
        <translation>会员将在连续 %1 天（原为 %2 天）没有任何事件和已付订单后进入流失期。随后将重新计算每位会员的阶段。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>siyu::LifecycleStageModel</name>
    <message>
        <source>Of the members who reached %1 or a later stage, the share who reached %2 or a later one (members now in churn are not counted)</source>
        <translation>到达%1或之后阶段的会员中，到达%2或之后阶段的比例（当前处于流失期的会员不计入）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>siyu::MainWindow</name>
    <message>
        <source>Siyu workspaces (*.siyu *.sqlite *.db);;All files (*)</source>
        <translation>Siyu 工作区 (*.siyu *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Not part of this version of Siyu yet</source>
        <translation>此版本的 Siyu 尚未提供该功能</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print Weekly Report…</source>
        <translation>打印周报(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>将报告导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Siyu</source>
        <translation>关于 Siyu(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another name.</source>
        <translation>%1 已存在。请直接打开它，或选择其他名称。</translation>
    </message>
    <message>
        <source>About Siyu</source>
        <translation>关于 Siyu</translation>
    </message>
    <message>
        <source>%1 — Siyu</source>
        <translation>%1 — Siyu</translation>
    </message>
    <message>
        <source>Siyu</source>
        <translation>Siyu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a workspace first, then drop the files to import.</source>
        <translation>请先打开一个工作区，再拖放要导入的文件。</translation>
    </message>
    <message>
        <source>%1 is read-only here: you can look at everything, but not change it.</source>
        <translation>%1 在此处为只读：可以查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>The workspace was changed outside this window: shown again.</source>
        <translation>工作区已在此窗口之外被修改：已重新显示。</translation>
    </message>
    <message>
        <source>%1 (read-only) — Siyu</source>
        <translation>%1（只读）— Siyu</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Siyu %1&lt;/h3&gt;&lt;p&gt;An operator console for community and member management: members, groups, content, campaigns and KPIs, kept in a local workspace file.&lt;/p&gt;&lt;p&gt;Copyright © the Siyu authors. Siyu is free software under the GNU General Public License, version 3 or later (the LICENSE file that comes with it); it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL 3), SQLite %3 (public domain) and QCustomPlot (GPL 3). Chinese text in PDFs uses WenQuanYi Micro Hei where it is installed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Siyu %1&lt;/h3&gt;&lt;p&gt;社群与会员运营控制台：会员、社群、内容、活动和指标，全部保存在本地的一个工作区文件中。&lt;/p&gt;&lt;p&gt;版权所有 © Siyu 作者。Siyu 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布（见随附的 LICENSE 文件），不提供任何担保。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL 3）、SQLite %3（公有领域）和 QCustomPlot（GPL 3）构建。PDF 中的中文在已安装时使用文泉驿微米黑字体。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>没有选中可复制的内容。</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新建会员</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>This area has no search.</source>
        <translation>此区域没有搜索。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Building the demo brand…</source>
        <translation>正在生成演示品牌…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The demo was not built.</source>
        <translation>未生成演示。</translation>
    </message>
</context>
<context>
    <name>siyu::MappingPage</name>
    <message>
        <source>Save as Preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Reset to Preset</source>
        <translation>恢复为预设</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Choose the Siyu field each column goes to, and how its text is read. Columns that are not imported are greyed.</source>
        <translation>为每一列选择对应的 Siyu 字段及其读取方式。不导入的列显示为灰色。</translation>
    </message>
    <message>
        <source>This kind of export is not a table: its preset reads it as a whole, and its mapping cannot be changed.</source>
        <translation>这类导出文件不是表格：由预设整体读取，其映射无法修改。</translation>
    </message>
    <message>
        <source>Edited: the import uses this mapping. Save it as a preset to use it again.</source>
        <translation>已修改：本次导入使用此映射。另存为预设即可再次使用。</translation>
    </message>
    <message>
        <source>The mapping of the preset “%1”.</source>
        <translation>预设“%1”的映射。</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Name of the preset (it is kept in this workspace):</source>
        <translation>预设名称（保存在此工作区中）：</translation>
    </message>
</context>
<context>
    <name>siyu::MemberCustomFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>siyu::MemberDetailPane</name>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>This member is deleted. Restore them to edit.</source>
        <translation>该会员已删除。恢复后才能编辑。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New custom field name</source>
        <translation>新自定义字段名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>New custom field value</source>
        <translation>新自定义字段值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Accounts on other platforms</source>
        <translation>其他平台账号</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Select a member to see and edit their details.</source>
        <translation>选择一名会员以查看和编辑其详细信息。</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>%1 加入</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>1 paid order</source>
        <translation>1 笔已支付订单</translation>
    </message>
    <message>
        <source>%1 paid orders</source>
        <translation>%1 笔已支付订单</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>最近活跃 %1</translation>
    </message>
    <message>
        <source>1 event or order</source>
        <translation>1 条事件或订单</translation>
    </message>
    <message>
        <source>%1 events and orders, newest first</source>
        <translation>%1 条事件和订单，最新的在前</translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>Fields %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>Groups %1</source>
        <translation>社群 %1</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>时间线 %1</translation>
    </message>
</context>
<context>
    <name>siyu::MemberEditor</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>授权同意日期</translation>
    </message>
    <message>
        <source>consent source</source>
        <translation>授权来源</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>joined date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>stage set by hand</source>
        <translation>手动设置的阶段</translation>
    </message>
</context>
<context>
    <name>siyu::MemberFilterBar</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Joined from</source>
        <translation>加入日期起</translation>
    </message>
    <message>
        <source>Joined until</source>
        <translation>加入日期止</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Show the deleted members instead, to restore them</source>
        <translation>改为显示已删除的会员，以便恢复</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>全部社群</translation>
    </message>
</context>
<context>
    <name>siyu::MemberGroupsModel</name>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群时间</translation>
    </message>
</context>
<context>
    <name>siyu::MemberIdentitiesModel</name>
    <message>
        <source>Shop customer</source>
        <translation>商城客户</translation>
    </message>
    <message>
        <source>Shopify customer</source>
        <translation>Shopify 客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>siyu::MemberProfileForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>授权来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes about this member</source>
        <translation>关于该会员的备注</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show this member&apos;s phone and email (the audit log records that you did)</source>
        <translation>显示该会员的手机号和邮箱（审计日志会记录此操作）</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Masked: choose Show to see and edit it</source>
        <translation>已脱敏：点击“显示”即可查看和编辑</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>invited 1 member</source>
        <translation>邀请了 1 名会员</translation>
    </message>
    <message>
        <source>invited %1 members</source>
        <translation>邀请了 %1 名会员</translation>
    </message>
</context>
<context>
    <name>siyu::MemberRepository</name>
    <message>
        <source>There is no member %1.</source>
        <translation>不存在会员 %1。</translation>
    </message>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation>会员不能是自己的推荐人。</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>自定义字段需要名称。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>A tag name cannot contain “;”.</source>
        <translation>标签名称不能包含“;”。</translation>
    </message>
    <message>
        <source>A member added by hand needs a name.</source>
        <translation>手动添加的会员需要姓名。</translation>
    </message>
    <message>
        <source>A member must have a joined date.</source>
        <translation>会员必须有加入日期。</translation>
    </message>
    <message>
        <source>The member ID %1 is already in use.</source>
        <translation>会员 ID %1 已被使用。</translation>
    </message>
    <message>
        <source>The member could not be added.</source>
        <translation>无法添加该会员。</translation>
    </message>
</context>
<context>
    <name>siyu::MemberTableModel</name>
    <message>
        <source>Member ID</source>
        <translation>会员 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已支付订单</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>已支付金额</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>该列无法排序</translation>
    </message>
</context>
<context>
    <name>siyu::MemberTagsView</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected tag (Delete)</source>
        <translation>移除所选标签（Delete）</translation>
    </message>
</context>
<context>
    <name>siyu::MemberTimelineModel</name>
    <message>
        <source>Message</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Live stream view</source>
        <translation>观看直播</translation>
    </message>
    <message>
        <source>Coupon claimed</source>
        <translation>领取优惠券</translation>
    </message>
    <message>
        <source>Coupon redeemed</source>
        <translation>核销优惠券</translation>
    </message>
    <message>
        <source>Invite sent</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Order (refunded)</source>
        <translation>订单（已退款）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间为 %1 时区</translation>
    </message>
</context>
<context>
    <name>siyu::MembersArea</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>Unmask contact details</source>
        <translation>显示完整联系方式</translation>
    </message>
    <message>
        <source>Show full phone numbers and email addresses in the list (the audit log records that you did)</source>
        <translation>在列表中显示完整的手机号和邮箱（审计日志会记录此操作）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected members (Del). Undo brings them back.</source>
        <translation>删除所选会员（Del）。撤销即可恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring the selected deleted members back</source>
        <translation>恢复所选的已删除会员</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>删除个人数据…</translation>
    </message>
    <message>
        <source>Remove the current member and everything that names them, for a data-subject request. Cannot be undone.</source>
        <translation>应数据主体请求，删除当前会员及所有指向该会员的数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Search name, remark, member ID, phone, email or account</source>
        <translation>搜索姓名、备注名、会员 ID、手机号、邮箱或账号</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>搜索会员</translation>
    </message>
    <message>
        <source>Search members (%1)</source>
        <translation>搜索会员（%1）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>显示或隐藏筛选条件</translation>
    </message>
    <message>
        <source>Show all members</source>
        <translation>显示全部会员</translation>
    </message>
    <message>
        <source>Members shown</source>
        <translation>显示的会员</translation>
    </message>
    <message>
        <source>No deleted members</source>
        <translation>没有已删除的会员</translation>
    </message>
    <message>
        <source>Members you delete wait here until you restore them or erase their personal data.</source>
        <translation>已删除的会员会保留在这里，直到你恢复他们或删除其个人数据。</translation>
    </message>
    <message>
        <source>Show the members</source>
        <translation>显示会员</translation>
    </message>
    <message>
        <source>No members match</source>
        <translation>没有匹配的会员</translation>
    </message>
    <message>
        <source>No member meets all of these filters.</source>
        <translation>没有同时满足这些筛选条件的会员。</translation>
    </message>
    <message>
        <source>No member matches “%1” with these filters.</source>
        <translation>在这些筛选条件下，没有与“%1”匹配的会员。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>还没有会员</translation>
    </message>
    <message>
        <source>Import a member list — a WeCom, Slack, Discord, Telegram, WhatsApp or Shopify export, or a Siyu members file — and your members appear here.</source>
        <translation>导入会员名单（企业微信、Slack、Discord、Telegram、WhatsApp 或 Shopify 导出文件，或 Siyu 会员文件）后，会员会显示在这里。</translation>
    </message>
    <message>
        <source>1 deleted member</source>
        <translation>1 名已删除会员</translation>
    </message>
    <message>
        <source>%1 deleted members</source>
        <translation>%1 名已删除会员</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 名会员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名会员</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选 %1 名</translation>
    </message>
    <message>
        <source>contact details unmasked</source>
        <translation>联系方式已显示完整</translation>
    </message>
    <message>
        <source>Chosen members</source>
        <translation>所选会员</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show the full phone numbers and email addresses of the members in this list (%1)?

The audit log records that you did (not the details themselves).</source>
        <translation>要显示此列表中会员（%1）的完整手机号和邮箱吗？

审计日志会记录此操作（但不记录联系方式本身）。</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>Show this member&apos;s phone number and email address?

The audit log records that you did (not the details themselves).</source>
        <translation>要显示该会员的手机号和邮箱吗？

审计日志会记录此操作（但不记录联系方式本身）。</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>删除会员</translation>
    </message>
    <message>
        <source>Delete the %1 selected members?

They leave every list and KPI. Edit ▸ Undo brings them back, and so does Restore in the deleted members.</source>
        <translation>要删除所选的 %1 名会员吗？

他们将从所有列表和指标中移除。使用“编辑 ▸ 撤销”或在已删除会员中点击“恢复”即可找回。</translation>
    </message>
    <message>
        <source>Deleted 1 member. Undo brings them back.</source>
        <translation>已删除 1 名会员。撤销即可恢复。</translation>
    </message>
    <message>
        <source>Deleted %1 members. Undo brings them back.</source>
        <translation>已删除 %1 名会员。撤销即可恢复。</translation>
    </message>
    <message>
        <source>Restored 1 member.</source>
        <translation>已恢复 1 名会员。</translation>
    </message>
    <message>
        <source>Restored %1 members.</source>
        <translation>已恢复 %1 名会员。</translation>
    </message>
    <message>
        <source>1 account on another platform</source>
        <translation>1 个其他平台账号</translation>
    </message>
    <message>
        <source>%1 accounts on other platforms</source>
        <translation>%1 个其他平台账号</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 个标签</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>1 group membership</source>
        <translation>1 条社群成员关系</translation>
    </message>
    <message>
        <source>%1 group memberships</source>
        <translation>%1 条社群成员关系</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 条事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 条事件</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 笔订单</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 笔订单</translation>
    </message>
    <message>
        <source>1 lifecycle stage change</source>
        <translation>1 次生命周期阶段变更</translation>
    </message>
    <message>
        <source>%1 lifecycle stage changes</source>
        <translation>%1 次生命周期阶段变更</translation>
    </message>
    <message>
        <source>1 segment entry</source>
        <translation>1 条分群记录</translation>
    </message>
    <message>
        <source>%1 segment entries</source>
        <translation>%1 条分群记录</translation>
    </message>
    <message>
        <source>what the undo records of imports hold about them</source>
        <translation>导入撤销记录中与其相关的内容</translation>
    </message>
    <message>
        <source>This removes the member and everything that names them:</source>
        <translation>此操作将删除该会员及所有指向该会员的数据：</translation>
    </message>
    <message>
        <source>The member they invited stays, without the link to them.</source>
        <translation>其邀请的会员将保留，但不再与其关联。</translation>
    </message>
    <message>
        <source>The %1 members they invited stay, without the link to them.</source>
        <translation>其邀请的 %1 名会员将保留，但不再与其关联。</translation>
    </message>
    <message>
        <source>This cannot be undone. The audit log records the erasure and these counts, without personal data.</source>
        <translation>此操作无法撤销。审计日志会记录本次删除及上述数量，但不包含个人数据。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <source>Erase all personal data of “%1” (%2)?</source>
        <translation>要删除“%1”（%2）的全部个人数据吗？</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The member&apos;s personal data was erased.</source>
        <translation>该会员的个人数据已删除。</translation>
    </message>
    <message>
        <source>The member was erased. Another window or command is reading this workspace, so the file could not be cleaned up completely yet: close the other programs using it and then this workspace, and the last copies are removed.</source>
        <translation>该会员已被清除。另一个窗口或命令正在读取此工作区，因此文件暂时无法彻底清理：请关闭正在使用它的其他程序，再关闭此工作区，最后的副本即会被移除。</translation>
    </message>
    <message>
        <source>The member&apos;s personal data was erased; cleaning the file…</source>
        <translation>该会员的个人数据已清除，正在清理文件…</translation>
    </message>
    <message>
        <source>New Member…</source>
        <translation>新建会员…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a member by hand (Undo removes them again)</source>
        <translation>手动添加会员（撤销可再次删除）</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Give the selected members a tag</source>
        <translation>为所选会员添加标签</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Take a tag from the selected members</source>
        <translation>从所选会员移除一个标签</translation>
    </message>
    <message>
        <source>Set Staff…</source>
        <translation>设置负责员工…</translation>
    </message>
    <message>
        <source>Choose the staff member who owns the selected members</source>
        <translation>选择负责所选会员的员工</translation>
    </message>
    <message>
        <source>Set Lifecycle Stage…</source>
        <translation>设置生命周期阶段…</translation>
    </message>
    <message>
        <source>Set the lifecycle stage of the selected members by hand, or let it be computed again</source>
        <translation>手动设置所选会员的生命周期阶段，或恢复为自动计算</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the list as shown — filters, columns, order — to Excel or CSV (contact details masked unless unmasked)</source>
        <translation>将当前显示的列表（筛选、列、排序）写入 Excel 或 CSV（除非已显示，联系方式均脱敏）</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Write the selected members to Excel or CSV</source>
        <translation>将所选会员写入 Excel 或 CSV</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>%1 members selected</source>
        <translation>已选择 %1 位会员</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>The member could not be added.</source>
        <translation>无法添加该会员。</translation>
    </message>
    <message>
        <source>Added a member. Undo removes them again.</source>
        <translation>已添加会员。撤销可再次删除。</translation>
    </message>
    <message>
        <source>Tag for the %1 selected members (an existing tag or a new one):</source>
        <translation>为所选 %1 位会员添加的标签（已有标签或新标签）：</translation>
    </message>
    <message>
        <source>Tag to take from the %1 selected members:</source>
        <translation>要从所选 %1 位会员移除的标签：</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tagged the selected members “%1”.</source>
        <translation>已为所选会员添加标签“%1”。</translation>
    </message>
    <message>
        <source>Took the tag “%1” from the selected members.</source>
        <translation>已从所选会员移除标签“%1”。</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Set Staff</source>
        <translation>设置负责员工</translation>
    </message>
    <message>
        <source>Staff member who owns the %1 selected members:</source>
        <translation>负责所选 %1 位会员的员工：</translation>
    </message>
    <message>
        <source>Computed from activity (no stage set by hand)</source>
        <translation>根据活动计算（不手动设置阶段）</translation>
    </message>
    <message>
        <source>Set Lifecycle Stage</source>
        <translation>设置生命周期阶段</translation>
    </message>
    <message>
        <source>Lifecycle stage of the %1 selected members. A stage set by hand stays until it is set to computed again.</source>
        <translation>所选 %1 位会员的生命周期阶段。手动设置的阶段会一直保留，直到重新设为自动计算。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Selected Members</source>
        <translation>导出所选会员</translation>
    </message>
    <message>
        <source>Export Member List</source>
        <translation>导出会员列表</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The member list could not be exported: %1</source>
        <translation>无法导出会员列表：%1</translation>
    </message>
</context>
<context>
    <name>siyu::MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>siyu::NewMemberDialog</name>
    <message>
        <source>New Member</source>
        <translation>新建会员</translation>
    </message>
    <message>
        <source>Made up when left empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员 ID</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
</context>
<context>
    <name>siyu::PeriodPicker</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>周期类型</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一周期</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2), compared with %3</source>
        <translation>%1（%2），对比 %3</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1，对比 %2</translation>
    </message>
    <message>
        <source>Days in %1</source>
        <translation>日期为 %1 时区</translation>
    </message>
</context>
<context>
    <name>siyu::PlanNotes</name>
    <message>
        <source>%1 gets %2 pushes on %3 (the limit is %4 a day).</source>
        <translation>%1 在 %3 有 %2 次推送（每日上限 %4 次）。</translation>
    </message>
    <message>
        <source>1 member would be contacted more than %1 times in week %2.</source>
        <translation>1 名会员在 %2 周将被触达超过 %1 次。</translation>
    </message>
    <message>
        <source>%1 members would be contacted more than %2 times in week %3.</source>
        <translation>%1 名会员在 %3 周将被触达超过 %2 次。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 %2（%3 次）</translation>
    </message>
    <message>
        <source>Over the push limit of %1 a group a day: %2</source>
        <translation>超出每群每日 %1 次推送上限：%2</translation>
    </message>
</context>
<context>
    <name>siyu::PresetCatalog</name>
    <message>
        <source>the saved preset %1 is damaged: %2</source>
        <translation>已保存的预设 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is a built-in preset; save yours under another name</source>
        <translation>%1 是内置预设，请用其他名称保存你的预设</translation>
    </message>
    <message>
        <source>there is no saved preset %1</source>
        <translation>不存在已保存的预设 %1</translation>
    </message>
</context>
<context>
    <name>siyu::ReportPrinter</name>
    <message>
        <source>Weekly report %1 — print preview</source>
        <translation>周报 %1 — 打印预览</translation>
    </message>
    <message>
        <source>Print weekly report %1</source>
        <translation>打印周报 %1</translation>
    </message>
    <message>
        <source>Export weekly report as PDF</source>
        <translation>将周报导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file</source>
        <translation>PDF 文件</translation>
    </message>
</context>
<context>
    <name>siyu::RfmCellModel</name>
    <message>
        <source>Cell</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Share of scored</source>
        <translation>占已评分会员</translation>
    </message>
    <message>
        <source>Monetary total</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <source>Average per member</source>
        <translation>人均消费</translation>
    </message>
</context>
<context>
    <name>siyu::RfmPage</name>
    <message>
        <source>Click a position of the grid or a cell of the table to list its members.</source>
        <translation>点击网格中的位置或表格中的分群，列出其会员。</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A suggested segment name: the cell, then the day of the as-of time</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Waiting for the parameters to settle…</source>
        <translation>等待参数确定…</translation>
    </message>
    <message numerus="yes">
        <source>Scoring the buyers of the %n days before %1…</source>
        <translation>
            <numerusform>正在为 %1 之前 %n 天内的购买者评分…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; showing the grid of %1</source>
        <translation>已取消；显示的是 %1 的网格</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n buyers scored over the %1 days before %2</source>
        <translation>
            <numerusform>%2 之前 %1 天内共 %n 位购买者已评分</numerusform>
        </translation>
    </message>
    <message>
        <source>R %1 · FM %2 (%3)</source>
        <extracomment>A position of the RFM grid, with the named cell it belongs to</extracomment>
        <translation>R %1 · FM %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (RFM on %2, %n days)</source>
        <extracomment>Caption of a member list: the RFM cell, the day and the window</extracomment>
        <translation>
            <numerusform>%1（%2 的 RFM，%n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>siyu::Rule</name>
    <message>
        <source>a rule node has exactly one of %1, not several</source>
        <translation>规则节点只能包含 %1 中的一个，不能有多个</translation>
    </message>
    <message>
        <source>unknown key (expected %1)</source>
        <translation>未知的键（应为 %1）</translation>
    </message>
    <message>
        <source>expected a list of rule nodes</source>
        <translation>应为规则节点列表</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>应为非空文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFM cell (one of %2)</source>
        <translation>“%1”不是 RFM 分层（应为 %2 之一）</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>应为字段名称</translation>
    </message>
    <message>
        <source>expected one of =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts_with, in, empty, not_empty</source>
        <translation>应为 =、!=、&lt;、&lt;=、&gt;、&gt;=、contains、starts_with、in、empty、not_empty 之一</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 不需要值</translation>
    </message>
    <message>
        <source>in needs a list of values</source>
        <translation>in 需要一个值列表</translation>
    </message>
    <message>
        <source>%1 is a time: use =, !=, &lt;, &lt;=, &gt;, &gt;=, in, empty or not_empty</source>
        <translation>%1 是时间：请使用 =、!=、&lt;、&lt;=、&gt;、&gt;=、in、empty 或 not_empty</translation>
    </message>
    <message>
        <source>true and false can only be compared with = and !=</source>
        <translation>true 和 false 只能用 = 和 != 比较</translation>
    </message>
    <message>
        <source>expected a text, a number or true/false</source>
        <translation>应为文本、数字或 true/false</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>expected an ISO date or time such as 2026-11-16 or 2026-11-16 09:30</source>
        <translation>应为 ISO 日期或时间，如 2026-11-16 或 2026-11-16 09:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2 (one of %3)</source>
        <translation>“%1”不是 %2 的有效值（应为 %3 之一）</translation>
    </message>
    <message>
        <source>expected {&quot;count&quot;|&quot;sum&quot;: [OP, N], &quot;within_days&quot;: D}</source>
        <translation>应为 {&quot;count&quot;|&quot;sum&quot;: [OP, N], &quot;within_days&quot;: D}</translation>
    </message>
    <message>
        <source>expected {&quot;type&quot;: T, &quot;count&quot;: [OP, N], &quot;within_days&quot;: D}</source>
        <translation>应为 {&quot;type&quot;: T, &quot;count&quot;: [OP, N], &quot;within_days&quot;: D}</translation>
    </message>
    <message>
        <source>expected a whole number of days from 1 to 36500</source>
        <translation>应为 1 到 36500 之间的整数天数</translation>
    </message>
    <message>
        <source>expected an event type (one of %1)</source>
        <translation>应为事件类型（%1 之一）</translation>
    </message>
    <message>
        <source>expected [OP, N] with OP one of =, !=, &lt;, &lt;=, &gt;, &gt;=</source>
        <translation>应为 [OP, N]，其中 OP 为 =、!=、&lt;、&lt;=、&gt;、&gt;= 之一</translation>
    </message>
    <message>
        <source>expected an amount such as 100 or 99.50 (at most two decimals)</source>
        <translation>应为金额，如 100 或 99.50（最多两位小数）</translation>
    </message>
    <message>
        <source>expected a whole number 0 or more</source>
        <translation>应为大于等于 0 的整数</translation>
    </message>
    <message>
        <source>rule: not valid JSON at character %1: %2</source>
        <translation>规则：第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a rule must be a JSON object</source>
        <translation>规则必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the rule has more than %1 nodes (values of a time field&apos;s in list count as nodes)</source>
        <translation>规则的节点超过 %1 个（时间字段 in 列表中的每个值都计为一个节点）</translation>
    </message>
    <message>
        <source>the rule nests more than %1 levels deep</source>
        <translation>规则的嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a list holds at most %1 rule nodes, this one %2 (group them, or use in for many values of one field)</source>
        <translation>一个列表最多容纳 %1 个规则节点，此列表有 %2 个（请分组，或对同一字段的多个值使用 in）</translation>
    </message>
    <message>
        <source>%1 is personal data: a rule can only ask whether it is empty or not_empty</source>
        <translation>%1 属于个人数据：规则只能判断其为空（empty）或非空（not_empty）</translation>
    </message>
    <message>
        <source>a rule node must be a JSON object with one of all, any, not, field, tag, in_group, orders, events, rfm, tier</source>
        <translation>规则节点必须是 JSON 对象，且含 all、any、not、field、tag、in_group、orders、events、rfm、tier 之一</translation>
    </message>
    <message>
        <source>a rule node needs one of all, any, not, field, tag, in_group, orders, events, rfm, tier</source>
        <translation>规则节点需要 all、any、not、field、tag、in_group、orders、events、rfm、tier 之一</translation>
    </message>
    <message>
        <source>expected one measure and its level, such as {&quot;spending&quot;: &quot;high&quot;}</source>
        <translation>应为一个维度及其等级，例如 {&quot;spending&quot;: &quot;high&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier measure (one of %2)</source>
        <translation>“%1”不是价值分层维度（应为 %2 之一）</translation>
    </message>
    <message>
        <source>expected a tier level (one of %1)</source>
        <translation>应为分层等级（%1 之一）</translation>
    </message>
    <message>
        <source>unknown field tags (a tag is asked with {&quot;tag&quot;: T})</source>
        <translation>未知字段 tags（标签请用 {&quot;tag&quot;: T} 查询）</translation>
    </message>
    <message>
        <source>unknown field %1 (a rule cannot read it)</source>
        <translation>未知字段 %1（规则无法读取该字段）</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>未知字段 %1（是否想用 %2？）</translation>
    </message>
    <message>
        <source>%1 is one of %2: use =, !=, in, empty or not_empty</source>
        <translation>%1 只取 %2 之一：请使用 =、!=、in、empty 或 not_empty</translation>
    </message>
</context>
<context>
    <name>siyu::RuleBuilder</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add a condition to the current group</source>
        <translation>在当前条件组中添加一个条件</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>添加条件组</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Add a group of conditions (any of them) to the current group</source>
        <translation>在当前条件组中添加一个条件组（满足其一即可）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the current condition or group</source>
        <translation>删除当前条件或条件组</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add a copy of the current condition or group after it</source>
        <translation>在当前条件或条件组之后添加一份副本</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Wrap the current condition or group in “Not”, or take it out again</source>
        <translation>将当前条件或条件组放入“非”，或再取出</translation>
    </message>
    <message>
        <source>All ⇄ Any</source>
        <translation>全部 ⇄ 任一</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Switch the current group between all (and) and any (or)</source>
        <translation>在“全部满足（且）”与“满足任一（或）”之间切换当前条件组</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move the current node up, out of its group at the top</source>
        <translation>将当前节点上移；已在组首时移出该组</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Move the current node down, out of its group at the bottom</source>
        <translation>将当前节点下移；已在组尾时移出该组</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>移到条件组…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Move the current node into another group</source>
        <translation>将当前节点移入另一个条件组</translation>
    </message>
    <message>
        <source>Rule as JSON</source>
        <translation>规则 JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>A rule is a JSON object, such as {&quot;all&quot;: []}.</source>
        <translation>规则是一个 JSON 对象，例如 {&quot;all&quot;: []}。</translation>
    </message>
    <message>
        <source>The rule above is kept until the JSON is valid.</source>
        <translation>在 JSON 有效之前，保留上方的规则。</translation>
    </message>
</context>
<context>
    <name>siyu::RuleNodeEditor</name>
    <message>
        <source>Choose a condition or group in the rule to edit it.</source>
        <translation>在规则中选择一个条件或条件组进行编辑。</translation>
    </message>
    <message>
        <source>All of these hold (and)</source>
        <translation>全部满足（且）</translation>
    </message>
    <message>
        <source>Any of these holds (or)</source>
        <translation>满足任一（或）</translation>
    </message>
    <message>
        <source>Kind of condition</source>
        <translation>条件类型</translation>
    </message>
    <message>
        <source>Member field</source>
        <translation>会员字段</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>社群成员</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行为事件</translation>
    </message>
    <message>
        <source>RFM cell</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Account on a platform</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>Has tag</source>
        <translation>带有标签</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>社群名称</translation>
    </message>
    <message>
        <source>Current member of</source>
        <translation>当前所在社群</translation>
    </message>
    <message>
        <source>Condition on</source>
        <translation>条件依据</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Field name, as imported</source>
        <translation>字段名（与导入时一致）</translation>
    </message>
    <message>
        <source>A number compares as a number; anything else as text.</source>
        <translation>数字按数值比较，其他按文本比较。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Number of paid orders</source>
        <translation>已支付订单数</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>已支付金额</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Only in the last</source>
        <translation>仅限最近</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Tier measure</source>
        <translation>等级维度</translation>
    </message>
    <message>
        <source>Tier level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>In the RFM cell</source>
        <translation>所在 RFM 分层</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Has an account on</source>
        <translation>拥有账号的平台</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>%1 (none yet)</source>
        <translation>%1（暂无）</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>Members for whom the condition inside does not hold.</source>
        <translation>不满足其中条件的会员。</translation>
    </message>
    <message>
        <source>Add one condition or group inside “Not”.</source>
        <translation>请在“非”中添加一个条件或条件组。</translation>
    </message>
    <message>
        <source>Members who meet the conditions of this group (%1):</source>
        <translation>满足此条件组条件的会员（%1 个条件）：</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>多个值，用逗号分隔</translation>
    </message>
    <message>
        <source>Type to find a group by its name.</source>
        <translation>输入社群名称进行查找。</translation>
    </message>
    <message>
        <source>Group ID: %1</source>
        <translation>社群 ID：%1</translation>
    </message>
    <message>
        <source>No group of that name: the condition matches nobody.</source>
        <translation>没有该名称的社群：此条件不匹配任何会员。</translation>
    </message>
    <message>
        <source>An empty group matches every member: add conditions to it.</source>
        <translation>空的条件组匹配所有会员：请在其中添加条件。</translation>
    </message>
</context>
<context>
    <name>siyu::RuleTreeModel</name>
    <message>
        <source>“Not” needs one condition or group inside it.</source>
        <translation>“非”中需要一个条件或条件组。</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>非：%1</translation>
    </message>
    <message>
        <source>Unfinished condition (%1)</source>
        <translation>未完成的条件（%1）</translation>
    </message>
</context>
<context>
    <name>siyu::RuleWords</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员 ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>自定义字段“%1”</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>after</source>
        <translation>晚于</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <source>on</source>
        <translation>在</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>on one of</source>
        <translation>在以下日期之一</translation>
    </message>
    <message>
        <source>is</source>
        <translation>为</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不为</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>不大于</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>不小于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>为以下之一</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>观看直播</translation>
    </message>
    <message>
        <source>Coupon claimed</source>
        <translation>领取优惠券</translation>
    </message>
    <message>
        <source>Coupon redeemed</source>
        <translation>核销优惠券</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>Spending power</source>
        <translation>消费能力</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 个及以上</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>多于 %1 个</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>恰好 %1 个</translation>
    </message>
    <message>
        <source>other than %1</source>
        <translation>不等于 %1 个</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1 个</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>少于 %1 个</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>满足任一</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>非</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1介于 %2 至 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>最近 %1 天内</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>（不限时间）</translation>
    </message>
    <message>
        <source>Paid orders totalling %1 %2</source>
        <translation>%2已支付订单合计 %1</translation>
    </message>
    <message>
        <source>%1 paid orders %2</source>
        <translation>%2已支付订单 %1</translation>
    </message>
    <message>
        <source>%1 events of any type %2</source>
        <translation>%2任意类型事件 %1</translation>
    </message>
    <message>
        <source>%1 “%2” events %3</source>
        <translation>%3“%2”事件 %1</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>非：%1</translation>
    </message>
    <message>
        <source>Has tag “%1”</source>
        <translation>带有标签“%1”</translation>
    </message>
    <message>
        <source>In group %1</source>
        <translation>在社群 %1 中</translation>
    </message>
    <message>
        <source>RFM cell: %1</source>
        <translation>RFM 分层：%1</translation>
    </message>
    <message>
        <source>Has a %1 account</source>
        <translation>拥有%1账号</translation>
    </message>
    <message>
        <source>%1 tier is %2</source>
        <translation>%1等级为%2</translation>
    </message>
</context>
<context>
    <name>siyu::Run</name>
    <message>
        <source>no file to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>列 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>siyu::RunPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Siyu writes everything in one step: if you cancel, the workspace stays as it was.</source>
        <translation>Siyu 会一次性写入全部内容：若取消，工作区保持原样。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Importing the file…</source>
        <translation>正在导入文件…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
</context>
<context>
    <name>siyu::SavedSegmentModel</name>
    <message>
        <source>Static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Last evaluated</source>
        <translation>最近计算</translation>
    </message>
</context>
<context>
    <name>siyu::ScorecardPanel</name>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Double-click a target or a weight to change it for this period; rates are entered in percent. A target holds for later periods until it is changed. Each KPI scores actual ÷ target (target ÷ actual where lower is better), capped at 150%; the total is the weighted average of the scores, 0–100.</source>
        <translation>双击目标或权重即可修改本周期的值；比率以百分数输入。目标在修改前对之后的周期持续有效。每项指标得分为 实际值 ÷ 目标（越低越好的指标为 目标 ÷ 实际值），上限 150%；总分为各项得分的加权平均，范围 0–100。</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>No targets for this period yet.</source>
        <translation>本周期尚未设置目标。</translation>
    </message>
    <message>
        <source>out of 100 · KPIs scored: %1</source>
        <translation>满分 100 · 计分指标：%1</translation>
    </message>
    <message>
        <source>Not defined: no KPI has a score in this period (a value, a target above 0 and a weight)</source>
        <translation>无定义：本期没有指标可计分（需要有值、大于 0 的目标和权重）</translation>
    </message>
</context>
<context>
    <name>siyu::SegmentEditor</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>分群需要名称。</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>已存在名为“%1”的分群。</translation>
    </message>
    <message>
        <source>Save static segment “%1”</source>
        <translation>保存静态分群“%1”</translation>
    </message>
    <message>
        <source>Save segment “%1”</source>
        <translation>保存分群“%1”</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Delete segment “%1”</source>
        <translation>删除分群“%1”</translation>
    </message>
    <message>
        <source>Rename segment “%1” to “%2”</source>
        <translation>将分群“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>siyu::SegmentRepository</name>
    <message>
        <source>there is no segment %1</source>
        <translation>不存在分群 %1</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>分群需要名称</translation>
    </message>
    <message>
        <source>there is already a segment named %1</source>
        <translation>已存在名为 %1 的分群</translation>
    </message>
    <message>
        <source>the rule of segment %1 is malformed: %2</source>
        <translation>分群 %1 的规则格式有误：%2</translation>
    </message>
    <message>
        <source>no free name for a segment like %1</source>
        <translation>找不到与 %1 类似的可用分群名称</translation>
    </message>
</context>
<context>
    <name>siyu::SegmentSizeChart</name>
    <message>
        <source>Segment size over time</source>
        <translation>分群人数变化</translation>
    </message>
    <message>
        <source>No size recorded yet</source>
        <translation>尚无人数记录</translation>
    </message>
    <message>
        <source>%1: %2 members</source>
        <translation>%1：%2 名会员</translation>
    </message>
</context>
<context>
    <name>siyu::SegmentsArea</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Count the members as things stood at this time: orders, events, group memberships, stages, tiers and RFM of then.</source>
        <translation>按此时刻的情况统计会员：当时的订单、行为事件、社群成员、生命周期阶段、价值等级和 RFM。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Count as of now, following the clock</source>
        <translation>按当前时间统计，随时钟更新</translation>
    </message>
    <message>
        <source>Members matching the rule</source>
        <translation>符合规则的会员</translation>
    </message>
    <message>
        <source>Save Segment…</source>
        <translation>保存分群…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>固化…</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>符合的会员</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Find a saved segment</source>
        <translation>查找已保存的分群</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的分群</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>人数变化</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 名会员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名会员</translation>
    </message>
    <message>
        <source>As of now</source>
        <translation>截至现在</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Matching members (%1)</source>
        <translation>符合的会员（%1）</translation>
    </message>
    <message>
        <source>The rule is not complete</source>
        <translation>规则尚未完成</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Start again from an empty rule</source>
        <translation>从空白规则重新开始</translation>
    </message>
    <message>
        <source>Save the rule as a dynamic segment, counted again whenever it is used (Ctrl+S)</source>
        <translation>将规则保存为动态分群，每次使用时重新计算（Ctrl+S）</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Freeze as Static Segment…</source>
        <translation>固化为静态分群…</translation>
    </message>
    <message>
        <source>Save the members the rule matches now as a fixed list (Ctrl+Shift+S)</source>
        <translation>将规则当前匹配的会员保存为固定名单（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Edit Rule as JSON</source>
        <translation>以 JSON 编辑规则</translation>
    </message>
    <message>
        <source>Show the rule as JSON and edit it (Ctrl+J)</source>
        <translation>以 JSON 显示并编辑规则（Ctrl+J）</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Find Segment</source>
        <translation>查找分群</translation>
    </message>
    <message>
        <source>Find a saved segment by name</source>
        <translation>按名称查找已保存的分群</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Put a dynamic segment&apos;s rule into the builder; show a static segment&apos;s members (Enter)</source>
        <translation>将动态分群的规则载入规则编辑器；显示静态分群的会员（Enter）</translation>
    </message>
    <message>
        <source>Open in Members</source>
        <translation>在会员中打开</translation>
    </message>
    <message>
        <source>Show the segment&apos;s members in the Members area</source>
        <translation>在会员页面显示该分群的会员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the segment&apos;s members to a CSV file</source>
        <translation>将该分群的会员导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Count Now</source>
        <translation>立即统计</translation>
    </message>
    <message>
        <source>Count the segment now and record its size</source>
        <translation>立即统计该分群并记录人数</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the segment (F2)</source>
        <translation>重命名分群（F2）</translation>
    </message>
    <message>
        <source>Duplicate Segment</source>
        <translation>复制分群</translation>
    </message>
    <message>
        <source>Save a copy of the segment (Ctrl+D)</source>
        <translation>保存该分群的副本（Ctrl+D）</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <source>Delete the segment (Del). Undo brings it back.</source>
        <translation>删除分群（Del）。撤销可恢复。</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>分群(&amp;S)</translation>
    </message>
    <message>
        <source>Saved segments appear here</source>
        <translation>已保存的分群显示在这里</translation>
    </message>
    <message>
        <source>Choose a segment</source>
        <translation>请选择一个分群</translation>
    </message>
    <message>
        <source>Size over time: %1</source>
        <translation>人数变化：%1</translation>
    </message>
    <message>
        <source>Freeze as Static Segment</source>
        <translation>固化为静态分群</translation>
    </message>
    <message>
        <source>Save Segment</source>
        <translation>保存分群</translation>
    </message>
    <message>
        <source>Name of the static segment (its members as they are now):</source>
        <translation>静态分群名称（保存当前的会员名单）：</translation>
    </message>
    <message>
        <source>Name of the segment (counted again whenever it is used):</source>
        <translation>分群名称（每次使用时重新计算）：</translation>
    </message>
    <message>
        <source>The rule is not complete: %1</source>
        <translation>规则尚未完成：%1</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>已保存分群“%1”。</translation>
    </message>
    <message>
        <source>Wait until the members are counted, then freeze them.</source>
        <translation>请等会员统计完成后再固化。</translation>
    </message>
    <message>
        <source>Saved the %1 as the static segment “%2”.</source>
        <translation>已将 %1 保存为静态分群“%2”。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Save as Static Segment</source>
        <translation>保存为静态分群</translation>
    </message>
    <message>
        <source>Name of the static segment (%1):</source>
        <translation>静态分群名称（%1）：</translation>
    </message>
    <message>
        <source>Saved the static segment “%1”.</source>
        <translation>已保存静态分群“%1”。</translation>
    </message>
    <message>
        <source>Rename Segment</source>
        <translation>重命名分群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Deleted the segment. Undo brings it back.</source>
        <translation>已删除分群。撤销可恢复。</translation>
    </message>
    <message>
        <source>The rule of “%1” is in the builder.</source>
        <translation>“%1”的规则已载入规则编辑器。</translation>
    </message>
    <message>
        <source>Counting the segment…</source>
        <translation>正在统计分群…</translation>
    </message>
    <message>
        <source>Segment “%1”</source>
        <translation>分群“%1”</translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation>“%1”共有 %2。</translation>
    </message>
    <message>
        <source>Export Segment</source>
        <translation>导出分群</translation>
    </message>
    <message>
        <source>Write the members of “%1” to a CSV file. Phone numbers and email addresses are masked.</source>
        <translation>将“%1”的会员导出为 CSV 文件。手机号和邮箱将被遮蔽。</translation>
    </message>
    <message>
        <source>Unmask phone and email (the audit log records that you did)</source>
        <translation>显示完整手机号和邮箱（审计日志会记录此操作）</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>The segment could not be exported: %1</source>
        <translation>无法导出分群：%1</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM 分析</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
</context>
<context>
    <name>siyu::SeriesDialog</name>
    <message>
        <source>Edit SOP series</source>
        <translation>编辑 SOP 系列</translation>
    </message>
    <message>
        <source>New SOP series</source>
        <translation>新建 SOP 系列</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Monday check-in post</source>
        <translation>周一打卡帖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Weekly on</source>
        <translation>每周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Monthly on day</source>
        <translation>每月第几日(&amp;M)</translation>
    </message>
    <message>
        <source>In a shorter month, the series falls on its last day.</source>
        <translation>当月天数不足时，排在该月最后一天。</translation>
    </message>
    <message>
        <source>At (local &amp;time):</source>
        <translation>时刻（本地时间）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source> weeks ahead</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>排期范围(&amp;H)：</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标社群</translation>
    </message>
    <message>
        <source>e.g. 福利</source>
        <translation>例如：福利</translation>
    </message>
    <message>
        <source>Every group whose name or theme holds this text, now and when the series is edited.</source>
        <translation>名称或主题包含此文字的所有社群（现在及编辑系列时）。</translation>
    </message>
    <message>
        <source>Groups ta&amp;gged:</source>
        <translation>按标签选群(&amp;G)：</translation>
    </message>
    <message>
        <source>And these:</source>
        <translation>以及：</translation>
    </message>
    <message>
        <source>Until %1: %2 × %3 = %4.</source>
        <translation>截至 %1：%2 × %3 = %4。</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 个社群</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 个社群</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项内容</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项内容</translation>
    </message>
</context>
<context>
    <name>siyu::SetGroupFieldCommand</name>
    <message>
        <source>Rename group “%1”</source>
        <translation>重命名社群“%1”</translation>
    </message>
    <message>
        <source>Change theme of group “%1”</source>
        <translation>修改社群“%1”的主题</translation>
    </message>
    <message>
        <source>Change member cap of group “%1”</source>
        <translation>修改社群“%1”的人数上限</translation>
    </message>
    <message>
        <source>Change status of group “%1”</source>
        <translation>修改社群“%1”的状态</translation>
    </message>
    <message>
        <source>Change owner of group “%1”</source>
        <translation>修改社群“%1”的群主</translation>
    </message>
    <message>
        <source>This field of the group was changed elsewhere (by an import or another program) since; it was left as it is, and the step was dropped from the undo history.</source>
        <translation>该社群的此字段此后已在别处被修改（由导入或其他程序）；已保持现状，并从撤销历史中移除了这一步。</translation>
    </message>
    <message>
        <source>Change platform of group “%1”</source>
        <translation>修改社群“%1”的平台</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>添加社群“%1”</translation>
    </message>
    <message>
        <source>The group added by hand has members, events or content by now; it was kept, and the step was dropped from the undo history.</source>
        <translation>手动添加的社群现已有成员、事件或内容；社群已保留，此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>编辑社群“%1”</translation>
    </message>
</context>
<context>
    <name>siyu::SetMemberCustomField</name>
    <message>
        <source>Edit custom field %1</source>
        <translation>编辑自定义字段 %1</translation>
    </message>
    <message>
        <source>The custom field %1 of this member was changed elsewhere (by an import or another program) since; it was left as it is, and the step was dropped from the undo history.</source>
        <translation>该会员的自定义字段 %1 此后已在别处被修改（由导入或其他程序）；已保持现状，并从撤销历史中移除了这一步。</translation>
    </message>
</context>
<context>
    <name>siyu::SetMemberField</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>The %1 of this member was changed elsewhere (by an import or another program) since; it was left as it is, and the step was dropped from the undo history.</source>
        <translation>该会员的%1此后已在别处被修改（由导入或其他程序）；已保持现状，并从撤销历史中移除了这一步。</translation>
    </message>
</context>
<context>
    <name>siyu::SetMembersDeleted</name>
    <message>
        <source>Delete member</source>
        <translation>删除会员</translation>
    </message>
    <message>
        <source>Delete %1 members</source>
        <translation>删除 %1 名会员</translation>
    </message>
    <message>
        <source>Restore member</source>
        <translation>恢复会员</translation>
    </message>
    <message>
        <source>Restore %1 members</source>
        <translation>恢复 %1 名会员</translation>
    </message>
</context>
<context>
    <name>siyu::SetMembersField</name>
    <message>
        <source>Set staff of %1 members</source>
        <translation>设置 %1 位会员的负责员工</translation>
    </message>
    <message>
        <source>Set stage of %1 members</source>
        <translation>设置 %1 位会员的阶段</translation>
    </message>
    <message>
        <source>Some of these members were changed elsewhere (by an import or another program) since; they were left as they are.</source>
        <translation>其中部分会员此后已在别处被更改（导入或其他程序）；这些会员保持不变。</translation>
    </message>
</context>
<context>
    <name>siyu::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>工作区“%1”</translation>
    </message>
    <message>
        <source>Workspace (none open)</source>
        <translation>工作区（未打开）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> 次/周</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Churn after no activity for:</source>
        <translation>无活动多久后判定流失(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact &amp;cap per member:</source>
        <translation>每位会员触达上限(&amp;C)：</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>“%1”不是本机可识别的时区。</translation>
    </message>
    <message>
        <source>%1 (%2, +%3)</source>
        <translation>%1（%2，+%3）</translation>
    </message>
    <message>
        <source>The country of a phone number written without its country code, in imports and when typed by hand. Numbers already stored keep theirs.</source>
        <translation>导入或手动输入时，未写国家代码的电话号码所属的国家或地区。已存储的号码保持不变。</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>默认电话地区(&amp;P)：</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>港币</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>新台币</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>澳元</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>加元</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>韩元</translation>
    </message>
    <message>
        <source>Heads the weekly report; empty uses the workspace&apos;s name.</source>
        <translation>显示在周报标题中；留空则使用工作区名称。</translation>
    </message>
    <message>
        <source>Every amount of the workspace is in this currency.</source>
        <translation>工作区中的所有金额都使用此币种。</translation>
    </message>
    <message>
        <source>&amp;Brand name:</source>
        <translation>品牌名称(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>siyu::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>siyu::SideFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>siyu::SourcePage</name>
    <message>
        <source>How Siyu reads the file</source>
        <translation>Siyu 如何读取文件</translation>
    </message>
    <message>
        <source>Check the preset, the encoding and the delimiter against the first rows of the file. Each column&apos;s header shows the Siyu field it goes to.</source>
        <translation>请对照文件的前几行检查预设、编码和分隔符。每列标题下显示其对应的 Siyu 字段。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>%1 and %2 more, read with the same preset</source>
        <translation>%1 及另外 %2 个文件，使用同一预设读取</translation>
    </message>
    <message>
        <source>(chosen by you)</source>
        <translation>（手动选择）</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>（自动识别）</translation>
    </message>
    <message>
        <source>Header on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <source>Chosen from the kind of file.</source>
        <translation>根据文件类型选择。</translation>
    </message>
    <message>
        <source>No preset recognised these headers: choose one, then map the columns on the next page.</source>
        <translation>没有预设能识别这些表头：请选择一个预设，然后在下一页映射各列。</translation>
    </message>
    <message>
        <source>✓ Recognised from the headers.</source>
        <translation>✓ 已根据表头识别。</translation>
    </message>
    <message>
        <source>The headers look like %1.</source>
        <translation>表头看起来像%1。</translation>
    </message>
</context>
<context>
    <name>siyu::StageKeeper</name>
    <message>
        <source>Recomputing the lifecycle stages of every member…</source>
        <translation>正在重新计算每位会员的生命周期阶段…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
</context>
<context>
    <name>siyu::StoreWriter</name>
    <message>
        <source>&apos;%1&apos; is not a gender (M, F, U, 男, 女, 未知)</source>
        <translation>“%1”不是有效的性别（M、F、U、男、女、未知）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>“%1”不是 yes、no 或 unknown</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>“%1”不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>a member cannot be their own referrer</source>
        <translation>会员不能是自己的推荐人</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>此项为必填</translation>
    </message>
    <message>
        <source>no email, phone or account to find the member by</source>
        <translation>没有可用于查找会员的邮箱、手机号或账号</translation>
    </message>
    <message>
        <source>no member in the workspace or in this import matches</source>
        <translation>工作区和本次导入中都没有匹配的会员</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>the workspace has no SQLite connection</source>
        <translation>工作区没有 SQLite 连接</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number: %2</source>
        <translation>“%1”不是有效的电话号码：%2</translation>
    </message>
</context>
<context>
    <name>siyu::StoreWriter::Cells</name>
    <message>
        <source>a value is required</source>
        <translation>此项为必填</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a spreadsheet day number, not a date; format the column as a date and export again</source>
        <translation>“%1”是电子表格的日期序号而非日期；请将该列设为日期格式后重新导出</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (such as 2026-11-16 or 2026-11-16 09:30)</source>
        <translation>“%1”不是有效日期（如 2026-11-16 或 2026-11-16 09:30）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>“%1”不是有效金额</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>金额为负数 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 0 or more</source>
        <translation>“%1”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>(the name)</source>
        <translation>（姓名）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than two decimals; amounts are stored in cents</source>
        <translation>“%1”的小数超过两位；金额以分为单位存储</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than the largest amount Siyu stores, %2</source>
        <translation>“%1”超过了 Siyu 能存储的最大金额 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than the largest number Siyu stores, %2</source>
        <translation>“%1”超过了 Siyu 能存储的最大数值 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: a single comma before three digits may separate thousands or decimals; write the amount with a decimal point, such as 1234.00 or 1,234.00</source>
        <translation>“%1”有歧义：三位数字前的单个逗号既可能是千位分隔符，也可能是小数点；请用小数点写出金额，例如 1234.00 或 1,234.00</translation>
    </message>
</context>
<context>
    <name>siyu::SummaryPage</name>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;Again…</source>
        <translation>再次导入(&amp;A)…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>What the import did. Until another import changes the same records, you can take it back here or in File › Import History.</source>
        <translation>本次导入的结果。在其他导入修改相同记录之前，可以在此处或“文件 › 导入历史”中撤销。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1. The workspace is as it was.</source>
        <translation>未导入任何内容：%1。工作区保持原样。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>No row could be imported; the workspace is as it was.</source>
        <translation>没有可导入的行；工作区保持原样。</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Rows read&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Inserted&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Updated&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rejected&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;读取行数&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;新增&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;更新&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;拒绝&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The rejected rows, each with its reason: %1</source>
        <translation>被拒绝的行及各自原因：%1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>导入无法撤销：%1</translation>
    </message>
    <message>
        <source>Records removed: %1; restored as they were: %2.</source>
        <translation>删除记录：%1；恢复原样：%2。</translation>
    </message>
    <message>
        <source>The import is undone; the workspace is as it was before it.</source>
        <translation>导入已撤销；工作区已恢复到导入之前的状态。</translation>
    </message>
</context>
<context>
    <name>siyu::TelegramRowSource</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>is not a Telegram export (result.json): %1 at byte %2</source>
        <translation>不是 Telegram 导出文件（result.json）：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>is not a Telegram chat export: it has no messages (export a chat, or all chats, as JSON from Telegram Desktop)</source>
        <translation>不是 Telegram 聊天导出文件：其中没有消息（请在 Telegram Desktop 中将一个或全部聊天导出为 JSON）</translation>
    </message>
    <message>
        <source>Telegram export, %1 chats, %2 messages</source>
        <translation>Telegram 导出，%1 个聊天，%2 条消息</translation>
    </message>
</context>
<context>
    <name>siyu::TextSource</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>is not a text file (neither UTF-8, GB18030 nor UTF-16); is it a spreadsheet? Save it as CSV first</source>
        <translation>不是文本文件（既非 UTF-8，也非 GB18030 或 UTF-16）；是否为电子表格？请先另存为 CSV</translation>
    </message>
</context>
<context>
    <name>siyu::TierLevelModel</name>
    <message>
        <source>Spending power</source>
        <translation>消费力</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Paid amount in the window: high from %1, medium from %2</source>
        <translation>窗口内已付金额：%1 起为高，%2 起为中</translation>
    </message>
    <message>
        <source>Paid orders in the window: high from %1, medium from %2</source>
        <translation>窗口内已付订单数：%1 笔起为高，%2 笔起为中</translation>
    </message>
    <message>
        <source>Active 30-day periods of the last %1: high from %2, medium from %3</source>
        <translation>近 %1 个 30 天周期中的活跃周期数：%2 个起为高，%3 个起为中</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>siyu::TierMatrixModel</name>
    <message>
        <source>Spending power %1, purchase frequency %2: %3 members (%4 of all)</source>
        <translation>消费力%1、购买频次%2：%3 位会员（占全部 %4）</translation>
    </message>
    <message>
        <source>Spending %1</source>
        <translation>消费力%1</translation>
    </message>
    <message>
        <source>Frequency %1</source>
        <translation>频次%1</translation>
    </message>
</context>
<context>
    <name>siyu::TiersPage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Click a count to list its members.</source>
        <translation>点击一个数字，列出其会员。</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <source>Members at each level</source>
        <translation>各档会员数</translation>
    </message>
    <message>
        <source>Spending power × purchase frequency</source>
        <translation>消费力 × 购买频次</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 笔</translation>
    </message>
    <message>
        <source> periods</source>
        <translation> 个周期</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <source>Spending power high from:</source>
        <translation>消费力高档起点：</translation>
    </message>
    <message>
        <source>Spending power medium from:</source>
        <translation>消费力中档起点：</translation>
    </message>
    <message>
        <source>Purchase frequency high from:</source>
        <translation>购买频次高档起点：</translation>
    </message>
    <message>
        <source>Purchase frequency medium from:</source>
        <translation>购买频次中档起点：</translation>
    </message>
    <message>
        <source>Loyalty high from:</source>
        <translation>忠诚度高档起点：</translation>
    </message>
    <message>
        <source>Loyalty medium from:</source>
        <translation>忠诚度中档起点：</translation>
    </message>
    <message>
        <source>Spending power and purchase frequency count the paid orders of the window; loyalty counts in how many of the last %1 periods of 30 days a member had an event or a paid order.</source>
        <translation>消费力和购买频次统计窗口内的已付订单；忠诚度统计会员在最近 %1 个 30 天周期中有多少个周期有事件或已付订单。</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Change the value tiers</source>
        <translation>更改价值分层</translation>
    </message>
    <message>
        <source>Save the new thresholds? Every tier count, and every segment rule that names a tier, then follows them.</source>
        <translation>保存新的阈值？之后所有分层统计以及引用分层的分群规则都将按新阈值计算。</translation>
    </message>
    <message>
        <source>Computing the tiers…</source>
        <translation>正在计算分层…</translation>
    </message>
    <message>
        <source>Cancelled; showing the tiers of %1</source>
        <translation>已取消；显示的是 %1 的分层</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n members, over the %1 days before %2</source>
        <translation>
            <numerusform>%n 位会员，统计 %2 之前的 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value tier: the measure, then its level (&quot;Spending power high&quot;)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Spending %1, frequency %2</source>
        <extracomment>A cell of the tier matrix: &quot;Spending high, frequency medium&quot;</extracomment>
        <translation>消费力%1、频次%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (tiers on %2)</source>
        <translation>%1（%2 的分层）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member</source>
        <translation>
            <numerusform>%1：%n 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>siyu::WeekPlanPrinter</name>
    <message>
        <source>Nothing planned.</source>
        <translation>无排期。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1 — content plan, week %2</source>
        <translation>%1 — 内容计划，%2 周</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · times in %4</source>
        <translation>%1 至 %2 · %3 · 时间为 %4</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项内容</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项内容</translation>
    </message>
    <message>
        <source>Content plan %1</source>
        <translation>内容计划 %1</translation>
    </message>
</context>
<context>
    <name>siyu::WeeklyReport</name>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Each KPI scores its actual value against its target (capped at 150%; inverted where lower is better); the total is the weighted average, 0–100.</source>
        <translation>每项指标按实际值与目标之比计分（上限 150%；越低越好的指标取倒数）；总分为加权平均，范围 0–100。</translation>
    </message>
    <message>
        <source>No targets are set for this week. Set targets and weights in the KPIs area of Siyu.</source>
        <translation>本周未设置目标。请在 Siyu 的指标区域中设置目标和权重。</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>权重占比</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A change in percentage points</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <source>This week against last week and the target; the line shows the last %n weeks.</source>
        <translation>
            <numerusform>本周与上周及目标的对比；折线显示近 %n 周走势。</numerusform>
        </translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message numerus="yes">
        <source>Member growth and activity, last %n weeks</source>
        <translation>
            <numerusform>会员增长与活跃度（近 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Top content by interaction rate</source>
        <translation>互动率最高的内容</translation>
    </message>
    <message numerus="yes">
        <source>Group health: the %n largest groups</source>
        <translation>
            <numerusform>社群健康度：规模最大的 %n 个社群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign cost against GMV, last %n weeks</source>
        <translation>
            <numerusform>活动成本与 GMV 对比（近 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaigns that ran this week. Cost, GMV (paid orders naming the campaign) and ROI run from the campaign&apos;s start to the end of the week.</source>
        <translation>本周进行中的活动。成本、GMV（注明该活动的已支付订单）和 ROI 统计自活动开始至本周末。</translation>
    </message>
    <message>
        <source>No campaign ran this week.</source>
        <translation>本周没有进行中的活动。</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A campaign without an end date: &quot;from 16 Nov 2026&quot;</extracomment>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cost this week</source>
        <translation>本周成本</translation>
    </message>
    <message>
        <source>Cost to date</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <source>GMV to date</source>
        <translation>累计 GMV</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Churn warnings (%1)</source>
        <translation>流失预警（%1）</translation>
    </message>
    <message>
        <source>Members whose activity in the last %1 weeks fell to a quarter or less of their own level in the %2 weeks before. Candidates for a recall campaign.</source>
        <translation>近 %1 周的活跃度降至其之前 %2 周水平四分之一及以下的会员，可作为召回活动的对象。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Before (events a week)</source>
        <translation>此前（每周事件数）</translation>
    </message>
    <message>
        <source>Lately (events a week)</source>
        <translation>近期（每周事件数）</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>降幅</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the KPIs area to list them all.</source>
        <translation>
            <numerusform>… 另有 %n 名：请打开指标区域查看完整列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups near their member cap (%1)</source>
        <translation>接近人数上限的社群（%1）</translation>
    </message>
    <message>
        <source>Groups at 90% or more of their member cap: open a new group or clean up before people are turned away.</source>
        <translation>人数已达上限 90% 及以上的社群：请在无法再加人之前开设新群或清理成员。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Members contacted too often (%1)</source>
        <translation>触达过多的会员（%1）</translation>
    </message>
    <message>
        <source>Members reached by more than %1 content items or campaigns this week (the workspace&apos;s weekly contact cap).</source>
        <translation>本周被超过 %1 条内容或活动触达的会员（工作区的每周触达上限）。</translation>
    </message>
    <message>
        <source>Contacts this week</source>
        <translation>本周触达次数</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · Generated %3 by Siyu</source>
        <extracomment>Footer: %1 the brand, %2 the week, %3 date and time</extracomment>
        <translation>%1 · %2 · 由 Siyu 于 %3 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Fission</source>
        <translation>裂变</translation>
    </message>
    <message>
        <source>Group buy</source>
        <translation>拼团</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
    <message>
        <source>Lucky draw</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>KOL / KOC</source>
        <translation>KOL / KOC</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>无法绘制报告</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <extracomment>%1 the time zone, &quot;Asia/Shanghai (UTC+08:00)&quot;</extracomment>
        <translation>时间均为 %1 时区。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No KPI has a value in both weeks, so there is no change to report.</source>
        <translation>没有指标在两周都有值，因此没有可报告的变化。</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>本周至今</translation>
    </message>
    <message>
        <source>Last week, same days</source>
        <translation>上周同期</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>An axis of amounts, %1 the currency symbol: &quot;Cost (¥)&quot;</extracomment>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <source>GMV (%1)</source>
        <extracomment>An axis of amounts, %1 the currency symbol: &quot;GMV (¥)&quot;</extracomment>
        <translation>GMV（%1）</translation>
    </message>
</context>
<context>
    <name>siyu::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Siyu&lt;/h1&gt;&lt;p&gt;Your members, groups, content and KPIs — in one workspace file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Siyu&lt;/h1&gt;&lt;p&gt;会员、社群、内容和指标——全部保存在本机的一个工作区文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>最近的工作区：</translation>
    </message>
    <message>
        <source>New to Siyu? &lt;b&gt;Try the demo&lt;/b&gt;: Qingyou, a made-up skincare brand, with members in WeCom, WeChat, Telegram and the shop, its groups, content calendar, orders and campaigns over 26 weeks — everything to click through before you import your own exports.</source>
        <translation>初次使用私域？&lt;b&gt;试用演示&lt;/b&gt;：青柚，一个虚构的护肤品牌，会员分布在企业微信、微信、Telegram 和商城，包含 26 周的社群、内容日历、订单和活动——在导入您自己的数据之前，可以先随意点点看。</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>试用演示(&amp;T)</translation>
    </message>
    <message>
        <source>Opens a workspace filled with Qingyou, a made-up skincare brand: 5,000 members, their groups, content, orders and campaigns over 26 weeks. Your own workspaces are not touched.</source>
        <translation>打开一个装有虚构护肤品牌青柚的工作区：5,000 位会员及其 26 周的社群、内容、订单和活动。不会改动您自己的工作区。</translation>
    </message>
</context>
<context>
    <name>siyu::WhatsAppRowSource</name>
    <message>
        <source>WhatsApp chat, %1, dates %2</source>
        <translation>WhatsApp 聊天，%1，日期格式 %2</translation>
    </message>
    <message>
        <source>the text is not UTF-8; is the file in another encoding? (choose one with --encoding)</source>
        <translation>文本不是 UTF-8 编码；文件是否使用了其他编码？（可用 --encoding 指定）</translation>
    </message>
    <message>
        <source>the text cannot be read as %1; choose the file&apos;s encoding</source>
        <translation>无法按 %1 读取文本，请选择文件的编码</translation>
    </message>
</context>
<context>
    <name>siyu::Workspace</name>
    <message>
        <source>%1 is not a Siyu workspace</source>
        <translation>%1 不是 Siyu 工作区</translation>
    </message>
    <message>
        <source>%1: no such workspace</source>
        <translation>%1：工作区不存在</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Siyu (workspace version %2; this Siyu reads up to version %3)</source>
        <translation>%1 由更新版本的 Siyu 写入（工作区版本 %2；当前 Siyu 最高支持版本 %3）</translation>
    </message>
    <message>
        <source>%1 is not a Siyu workspace (it is not a file)</source>
        <translation>%1 不是 Siyu 工作区（它不是文件）</translation>
    </message>
    <message>
        <source>%1 is not a Siyu workspace (the file is empty)</source>
        <translation>%1 不是 Siyu 工作区（文件为空）</translation>
    </message>
    <message>
        <source>%1 is read-only here (read-only medium or file permissions): Siyu can only read it, and this needs to change it. Copy the workspace to a place where it can be written.</source>
        <translation>%1 在此处为只读（只读介质或文件权限）：Siyu 只能读取它，而此操作需要修改它。请将工作区复制到可写入的位置。</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be written</source>
        <translation>无法创建 %1：所在文件夹不可写入</translation>
    </message>
    <message>
        <source>%1 is not a Siyu workspace (an SQLite file without tables)</source>
        <translation>%1 不是 Siyu 工作区（没有任何表的 SQLite 文件）</translation>
    </message>
    <message>
        <source>%1 is a version-%2 workspace: this Siyu upgrades it to version %3 the first time it is opened to be changed (in the window, or by an import). Commands that only read never change it.</source>
        <translation>%1 是版本 %2 的工作区：当前 Siyu 会在首次以可修改方式打开它时（在窗口中，或通过导入）将其升级到版本 %3。只读取的命令从不修改它。</translation>
    </message>
    <message>
        <source>%1: copying the write-ahead log into the workspace failed: %2</source>
        <translation>%1：把预写日志写回工作区文件失败：%2</translation>
    </message>
</context>
<context>
    <name>siyu::churnwarninglist</name>
    <message numerus="yes">
        <source>about %n activity a month until %1</source>
        <translation>
            <numerusform>%1之前每月约 %n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n activities a month until %1</source>
        <translation>
            <numerusform>%1之前每月约 %n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n activity every %1 days until %2</source>
        <translation>
            <numerusform>%2之前每 %1 天约 %n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n activities every %1 days until %2</source>
        <translation>
            <numerusform>%2之前每 %1 天约 %n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last %1 days</source>
        <translation>
            <numerusform>近 %1 天 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The earlier level, then the recent activity: &quot;about 12 activities a month until 17 Oct 2026, 1 in the last 30 days&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>siyu::content</name>
    <message>
        <source>Article</source>
        <translation>图文</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Coupon push</source>
        <translation>优惠券推送</translation>
    </message>
    <message>
        <source>Group announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Lucky draw</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>构思</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复盘</translation>
    </message>
</context>
<context>
    <name>siyu::demo</name>
    <message>
        <source>%1 is not empty (%2 members); the demo only fills an empty workspace</source>
        <translation>%1 不是空的（%2 名会员）；演示数据只能填入空工作区</translation>
    </message>
</context>
<context>
    <name>siyu::kpi</name>
    <message>
        <source>KPIs of %1, %2</source>
        <translation>%1 的指标，%2</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上一周期：%1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Total members</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <source>Activity rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Churned members</source>
        <translation>流失会员</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Content reads</source>
        <translation>内容阅读</translation>
    </message>
    <message>
        <source>Content likes</source>
        <translation>内容点赞</translation>
    </message>
    <message>
        <source>Content comments</source>
        <translation>内容评论</translation>
    </message>
    <message>
        <source>Content shares</source>
        <translation>内容分享</translation>
    </message>
    <message>
        <source>Interaction rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>ARPU</source>
        <translation>ARPU</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Fission (k-factor)</source>
        <translation>裂变系数（K 因子）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>A target needs the first day of its period</source>
        <translation>目标需要指定其周期的第一天</translation>
    </message>
    <message>
        <source>The target or weight of %1 is not a valid number</source>
        <translation>%1 的目标或权重不是有效数字</translation>
    </message>
    <message>
        <source>KPIs of %1, %2, so far (until %3)</source>
        <translation>%1 的指标，%2，截至目前（至 %3）</translation>
    </message>
    <message>
        <source>Previous period: %1, the same part (until %2)</source>
        <translation>上一周期：%1 的同一时段（至 %2）</translation>
    </message>
    <message>
        <source>the period has not begun yet: a period in the future has no KPIs</source>
        <translation>该周期尚未开始：未来的周期没有指标</translation>
    </message>
    <message>
        <source>no members by the end of the period</source>
        <translation>截至期末没有会员</translation>
    </message>
    <message>
        <source>no members at the start of the period</source>
        <translation>期初没有会员</translation>
    </message>
    <message>
        <source>no content reads in the period</source>
        <translation>期内没有内容阅读</translation>
    </message>
    <message>
        <source>no active members in the period</source>
        <translation>期内没有活跃会员</translation>
    </message>
    <message>
        <source>no paid orders in the period</source>
        <translation>期内没有已付订单</translation>
    </message>
    <message>
        <source>no buyers in the period</source>
        <translation>期内没有购买会员</translation>
    </message>
    <message>
        <source>no new members in the period</source>
        <translation>期内没有新会员</translation>
    </message>
    <message>
        <source>no campaign cost in the period</source>
        <translation>期内没有活动成本</translation>
    </message>
    <message>
        <source>no referred new members in the period</source>
        <translation>期内没有被推荐的新会员</translation>
    </message>
    <message>
        <source>no survey answers in the period</source>
        <translation>期内没有调查回答</translation>
    </message>
    <message>
        <source>no data for the period</source>
        <translation>该期间没有数据</translation>
    </message>
    <message>
        <source>Not defined: %1</source>
        <translation>无定义：%1</translation>
    </message>
    <message>
        <source>No change: not defined in the previous period (%1)</source>
        <translation>无变化：上一期无定义（%1）</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>siyu::kpi::ScorecardModel</name>
    <message>
        <source>Set target of %1</source>
        <translation>设置 %1 的目标</translation>
    </message>
    <message>
        <source>Carried over from an earlier period; edit to set it for this one.</source>
        <translation>沿用自之前的周期；编辑即可为本周期单独设置。</translation>
    </message>
    <message>
        <source>Enter rates in percent: 25 for 25%.</source>
        <translation>比率以百分数输入：25 表示 25%。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>不计分：%1</translation>
    </message>
    <message>
        <source>No score: the target is not above 0.</source>
        <translation>不计分：目标不大于 0。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>siyu::kpi::Summary</name>
    <message>
        <source>1 member is at risk of churning: their activity fell to a quarter of their usual level or less.</source>
        <translation>1 位会员有流失风险：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>%1 members are at risk of churning: their activity fell to a quarter of their usual level or less.</source>
        <translation>%1 位会员有流失风险：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <extracomment>%1 the ISO week number, %2 its days (&quot;week 47, 16–22 Nov 2026&quot;)</extracomment>
        <translation>第 %1 周，%2</translation>
    </message>
    <message>
        <source>Weekly report — %1 — %2 (so far)</source>
        <extracomment>%1 the brand, %2 the week in words</extracomment>
        <translation>周报 — %1 — %2（截至目前）</translation>
    </message>
    <message>
        <source>Weekly report — %1 — %2</source>
        <translation>周报 — %1 — %2</translation>
    </message>
    <message>
        <source>Week %1 so far, from %2 until %3, compared with the same days and hours of week %4, from %5 until %6.</source>
        <extracomment>%1 and %4 ISO week numbers; %2, %3, %5 and %6 dates and times</extracomment>
        <translation>第 %1 周截至目前（%2 至 %3），对比第 %4 周的同期（%5 至 %6）。</translation>
    </message>
    <message>
        <source>Week %1, %2, compared with week %3, %4.</source>
        <extracomment>%1 and %3 ISO week numbers, %2 and %4 their days</extracomment>
        <translation>第 %1 周（%2），对比第 %3 周（%4）。</translation>
    </message>
    <message>
        <source>The scorecard has no score this week: none of its %1 KPIs could be measured against its target.</source>
        <translation>本周计分卡没有得分：%1 项指标都无法与目标对比。</translation>
    </message>
    <message>
        <source>Scorecard %1 / 100: %2 of %3 KPIs on or above target, %4 below, %5 not scored.</source>
        <extracomment>%1 the score 0–100; %2 of %3 KPIs on target, %4 below, %5 not scored</extracomment>
        <translation>计分卡 %1 / 100：%3 项指标中 %2 项达到或超过目标，%4 项未达标，%5 项未计分。</translation>
    </message>
    <message>
        <source>Scorecard %1 / 100: %2 of %3 KPIs on or above target, %4 below.</source>
        <extracomment>%1 the score 0–100; %2 of %3 KPIs on target, %4 below</extracomment>
        <translation>计分卡 %1 / 100：%3 项指标中 %2 项达到或超过目标，%4 项未达标。</translation>
    </message>
    <message>
        <source>%1 held at %2.</source>
        <extracomment>%1 a KPI, %2 its value</extracomment>
        <translation>%1持平于 %2。</translation>
    </message>
    <message>
        <source>%1 rose %2 percentage points to %3.</source>
        <extracomment>%1 a KPI, %2 the change in percentage points, %3 its value now</extracomment>
        <translation>%1上升 %2 个百分点，至 %3。</translation>
    </message>
    <message>
        <source>%1 fell %2 percentage points to %3.</source>
        <translation>%1下降 %2 个百分点，至 %3。</translation>
    </message>
    <message>
        <source>%1 rose %2 to %3.</source>
        <extracomment>%1 a KPI, %2 the change in per cent, %3 its value now</extracomment>
        <translation>%1增长 %2，至 %3。</translation>
    </message>
    <message>
        <source>%1 fell %2 to %3.</source>
        <translation>%1下降 %2，至 %3。</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3.</source>
        <extracomment>%1 a KPI, %2 its value last week, %3 now</extracomment>
        <translation>%1从 %2 增至 %3。</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3.</source>
        <translation>%1从 %2 降至 %3。</translation>
    </message>
    <message>
        <source>%1 missed its target: %2 against %3.</source>
        <extracomment>%1 a KPI, %2 its value, %3 its target</extracomment>
        <translation>%1未达目标：实际 %2，目标 %3。</translation>
    </message>
    <message>
        <source>1 member is at risk of churning, %1 more than last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>1 位会员有流失风险，比上周多 %1 位：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>%1 members are at risk of churning, %2 more than last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>%1 位会员有流失风险，比上周多 %2 位：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>1 member is at risk of churning, %1 fewer than last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>1 位会员有流失风险，比上周少 %1 位：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>%1 members are at risk of churning, %2 fewer than last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>%1 位会员有流失风险，比上周少 %2 位：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>1 member is at risk of churning, as last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>1 位会员有流失风险，与上周持平：其活跃度降至平时的四分之一或更低。</translation>
    </message>
    <message>
        <source>%1 members are at risk of churning, as many as last week: their activity fell to a quarter of their usual level or less.</source>
        <translation>%1 位会员有流失风险，与上周持平：其活跃度降至平时的四分之一或更低。</translation>
    </message>
</context>
<context>
    <name>siyu::lifecycle</name>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message numerus="yes">
        <source>No event and no paid order for %n days (counting from joining); wins over every other rule</source>
        <translation>
            <numerusform>连续 %n 天没有任何事件和已付订单（从加入时算起）；优先于其他所有规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Two or more paid orders, the last one less than %n days ago</source>
        <translation>
            <numerusform>已付订单两笔及以上，且最近一笔在 %n 天以内</numerusform>
        </translation>
    </message>
    <message>
        <source>One paid order, or a repeat buyer whose last order is not recent</source>
        <translation>有一笔已付订单，或复购会员但最近没有下单</translation>
    </message>
    <message>
        <source>Has events but never a paid order</source>
        <translation>有事件但从未有已付订单</translation>
    </message>
    <message>
        <source>Joined, no event and no paid order yet</source>
        <translation>已加入，尚无事件和已付订单</translation>
    </message>
</context>
<context>
    <name>siyu::membercol</name>
    <message>
        <source>no %1 &apos;%2&apos; in the workspace or in this import</source>
        <translation>工作区和本次导入中都没有 %1“%2”</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (already on %2)</source>
        <translation>重复的键“%1”（已出现在%2）</translation>
    </message>
    <message>
        <source>nothing identifies this record (%1 are all empty)</source>
        <translation>没有可识别该记录的信息（%1 全部为空）</translation>
    </message>
</context>
<context>
    <name>siyu::memberexport</name>
    <message>
        <source>There are no columns to export.</source>
        <translation>没有可导出的列。</translation>
    </message>
    <message>
        <source>The export file</source>
        <translation>导出文件</translation>
    </message>
</context>
<context>
    <name>siyu::memberexport::XlsxWriter</name>
    <message>
        <source>No temporary folder for the spreadsheet: %1</source>
        <translation>没有可用于电子表格的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation>无法创建电子表格。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows: export this list as CSV, or narrow it with filters.</source>
        <translation>一个 Excel 工作表最多容纳 %1 行：请将此列表导出为 CSV，或用筛选缩小范围。</translation>
    </message>
</context>
<context>
    <name>siyu::phone</name>
    <message>
        <source>the country code is missing or unknown</source>
        <translation>缺少国家代码或国家代码未知</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>作为电话号码太短</translation>
    </message>
    <message>
        <source>too long for a phone number</source>
        <translation>作为电话号码太长</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <source>too short for a phone number of %1</source>
        <translation>作为%1的电话号码太短</translation>
    </message>
    <message>
        <source>too long for a phone number of %1</source>
        <translation>作为%1的电话号码太长</translation>
    </message>
    <message>
        <source>no phone number of %1 has this many digits</source>
        <translation>%1没有这个位数的电话号码</translation>
    </message>
    <message>
        <source>no phone number of %1 starts with these digits</source>
        <translation>%1没有以这些数字开头的电话号码</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>没有电话号码</translation>
    </message>
    <message>
        <source>a phone number has no letters</source>
        <translation>电话号码不含字母</translation>
    </message>
</context>
<context>
    <name>siyu::platforms</name>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>Offline event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
</context>
<context>
    <name>siyu::rfm</name>
    <message>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t Lose</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>siyu::segmentstats</name>
    <message>
        <source>churn needs at least one day</source>
        <translation>流失天数至少为一天</translation>
    </message>
</context>
<context>
    <name>siyu::sql</name>
    <message>
        <source>read it</source>
        <translation>读取它</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>开始修改</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>undo an unfinished change</source>
        <translation>撤销未完成的修改</translation>
    </message>
    <message>
        <source>change its tables</source>
        <translation>修改其表结构</translation>
    </message>
    <message>
        <source>compact it</source>
        <translation>压缩它</translation>
    </message>
    <message>
        <source>write to it</source>
        <translation>写入它</translation>
    </message>
    <message>
        <source>the workspace is busy: another Siyu window or command, or another SQLite program, is changing it. Nothing was changed; try again when it has finished.</source>
        <translation>工作区正忙：另一个 Siyu 窗口或命令，或其他 SQLite 程序正在修改它。未做任何修改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>the workspace is read-only here (read-only medium or file permissions), so Siyu could not %1. Nothing was changed; copy the workspace to a place where it can be written.</source>
        <translation>工作区在此处为只读（只读介质或文件权限），因此 Siyu 无法%1。未做任何修改；请将工作区复制到可写入的位置。</translation>
    </message>
    <message>
        <source>SQLite could not %1: %2</source>
        <translation>SQLite 无法%1：%2</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>没有 SQLite 连接</translation>
    </message>
</context>
<context>
    <name>siyu::tiers</name>
    <message>
        <source>the window must be at least one day</source>
        <translation>时间窗口至少为一天</translation>
    </message>
    <message>
        <source>a medium threshold cannot be above its high one</source>
        <translation>中档阈值不能高于高档阈值</translation>
    </message>
    <message>
        <source>loyalty counts at most %1 periods</source>
        <translation>忠诚度最多统计 %1 个周期</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
</TS>
