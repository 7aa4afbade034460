<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sb::core</name>
    <message>
        <source>check the workspace</source>
        <translation>检查工作区</translation>
    </message>
    <message>
        <source>Unknown demo scale &quot;%1&quot;: use small, medium, large or N-orders (for example 20000-orders).</source>
        <translation>未知的演示数据规模“%1”：请使用 small、medium、large 或 N-orders（例如 20000-orders）。</translation>
    </message>
    <message>
        <source>The number of demo order lines must be between 1 and %1.</source>
        <translation>演示订单明细的数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation>生成演示数据需要有效的当天日期。</translation>
    </message>
    <message>
        <source>The workspace is open read-only; the demo cannot be written.</source>
        <translation>工作区以只读方式打开，无法写入演示数据。</translation>
    </message>
    <message>
        <source>The workspace has no SQLite connection for the demo.</source>
        <translation>工作区没有可用于演示数据的 SQLite 连接。</translation>
    </message>
    <message>
        <source>The workspace already holds data. The demo fills only an empty workspace; create a new one for it.</source>
        <translation>工作区中已有数据。演示数据只能写入空工作区，请为它新建一个工作区。</translation>
    </message>
    <message>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>Customer code is required.</source>
        <translation>客户编码为必填项。</translation>
    </message>
    <message>
        <source>Customer code must be at most 40 characters without spaces.</source>
        <translation>客户编码最多 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>Customer name is required.</source>
        <translation>客户名称为必填项。</translation>
    </message>
    <message>
        <source>Customer name must be at most 200 characters.</source>
        <translation>客户名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>Phone must be 5 to 20 digits, optionally with +, spaces, dashes or brackets.</source>
        <translation>联系电话须为 5 到 20 位数字，可包含 +、空格、短横线或括号。</translation>
    </message>
    <message>
        <source>E-mail must look like name@example.com.</source>
        <translation>电子邮箱格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>Opportunity code is required, at most 40 characters without spaces.</source>
        <translation>商机编码为必填项，最多 40 个字符且不能包含空格。</translation>
    </message>
    <message>
        <source>Customer is required.</source>
        <translation>客户为必填项。</translation>
    </message>
    <message>
        <source>Title is required.</source>
        <translation>标题为必填项。</translation>
    </message>
    <message>
        <source>Amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Probability must be between 0 and 100.</source>
        <translation>赢单概率必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Creation date is required.</source>
        <translation>创建日期为必填项。</translation>
    </message>
    <message>
        <source>A lost opportunity needs a reason.</source>
        <translation>输单的商机必须填写原因。</translation>
    </message>
    <message>
        <source>Order number is required, at most 40 characters without spaces.</source>
        <translation>订单编号为必填项，最多 40 个字符且不能包含空格。</translation>
    </message>
    <message>
        <source>Order date is required.</source>
        <translation>下单日期为必填项。</translation>
    </message>
    <message>
        <source>Contract amount must not be negative.</source>
        <translation>合同金额不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>unit price must not be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>discount must be between 0 and 100 %.</source>
        <translation>折扣必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>quantity must not be zero.</source>
        <translation>数量不能为零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no (use 1/0, true/false, 是/否).</source>
        <translation>“%1”不是“是/否”值（请使用 1/0、true/false 或 是/否）。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;; one of: %2.</source>
        <translation>未知的数据类型“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>工作区连接未打开。</translation>
    </message>
    <message>
        <source>The code must be at most 40 characters without spaces.</source>
        <translation>编码最多 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的联系电话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>record the stage change</source>
        <translation>记录阶段变更</translation>
    </message>
    <message>
        <source>read the stage history</source>
        <translation>读取阶段历史</translation>
    </message>
    <message>
        <source>replace the stage history</source>
        <translation>替换阶段历史</translation>
    </message>
    <message>
        <source>update the order amount</source>
        <translation>更新订单金额</translation>
    </message>
    <message>
        <source>The SKU must be at most 40 characters without spaces.</source>
        <translation>产品编码最多 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>A lost opportunity needs a lost reason.</source>
        <translation>输单的商机必须填写输单原因。</translation>
    </message>
    <message>
        <source>The order number must be at most 40 characters without spaces.</source>
        <translation>订单编号最多 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>look up a record</source>
        <translation>查找记录</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Customer code %1 already exists.</source>
        <translation>客户编码 %1 已存在。</translation>
    </message>
    <message>
        <source>No customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Unknown sales rep %2 on customer %1.</source>
        <translation>客户 %1 的销售代表 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown channel %2 on customer %1.</source>
        <translation>客户 %1 的渠道 %2 不存在。</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by %2 (process %3) on %4 since %5. Close it there, or open the workspace read-only.</source>
        <translation>工作区 %1 自 %5 起正被 %4 上的 %2（进程 %3）使用。请先在那里关闭它，或以只读方式打开该工作区。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>Cannot create the workspace file %1: %2</source>
        <translation>无法创建工作区文件 %1：%2</translation>
    </message>
    <message>
        <source>read the sales cycle</source>
        <translation>读取销售周期</translation>
    </message>
    <message>
        <source>count lost opportunities</source>
        <translation>统计输单商机</translation>
    </message>
    <message>
        <source>read the creation dates</source>
        <translation>读取创建日期</translation>
    </message>
    <message>
        <source>count opportunities by stage</source>
        <translation>按阶段统计商机</translation>
    </message>
    <message>
        <source>count lost deals by stage</source>
        <translation>按阶段统计输单</translation>
    </message>
    <message>
        <source>count the funnel</source>
        <translation>统计销售漏斗</translation>
    </message>
    <message>
        <source>explain the funnel</source>
        <translation>分析销售漏斗</translation>
    </message>
    <message>
        <source>Opportunity code %1 already exists.</source>
        <translation>商机编码 %1 已存在。</translation>
    </message>
    <message>
        <source>No opportunity with id %1.</source>
        <translation>没有 ID 为 %1 的商机。</translation>
    </message>
    <message>
        <source>Opportunity %1 cannot move from %2 to %3.</source>
        <translation>商机 %1 不能从“%2”转到“%3”。</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>商机 %1</translation>
    </message>
    <message>
        <source>Unknown customer %2 on opportunity %1.</source>
        <translation>商机 %1 的客户 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown sales rep %2 on opportunity %1.</source>
        <translation>商机 %1 的销售代表 %2 不存在。</translation>
    </message>
    <message>
        <source>Order number %1 already exists.</source>
        <translation>订单编号 %1 已存在。</translation>
    </message>
    <message>
        <source>No order with id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
    <message>
        <source>Order %1: line number %2 appears twice.</source>
        <translation>订单 %1：明细行号 %2 重复出现。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Unknown customer %2 on order %1.</source>
        <translation>订单 %1 的客户 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown opportunity %2 on order %1.</source>
        <translation>订单 %1 的商机 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown sales rep %2 on order %1.</source>
        <translation>订单 %1 的销售代表 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown channel %2 on order %1.</source>
        <translation>订单 %1 的渠道 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown product %3 on line %2 of order %1.</source>
        <translation>订单 %1 第 %2 行的产品 %3 不存在。</translation>
    </message>
    <message>
        <source>Product SKU %1 already exists.</source>
        <translation>产品编码 %1 已存在。</translation>
    </message>
    <message>
        <source>No product with id %1.</source>
        <translation>没有 ID 为 %1 的产品。</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>SKU is required, at most 40 characters without spaces.</source>
        <translation>产品编码为必填项，最多 40 个字符且不能包含空格。</translation>
    </message>
    <message>
        <source>Product name is required.</source>
        <translation>产品名称为必填项。</translation>
    </message>
    <message>
        <source>Unit price must not be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>Unit cost must not be negative.</source>
        <translation>单位成本不能为负数。</translation>
    </message>
    <message>
        <source>Safety stock must not be negative.</source>
        <translation>安全库存不能为负数。</translation>
    </message>
    <message>
        <source>Lead time must not be negative.</source>
        <translation>补货周期不能为负数。</translation>
    </message>
    <message>
        <source>Sales rep code %1 already exists.</source>
        <translation>销售代表编码 %1 已存在。</translation>
    </message>
    <message>
        <source>No sales rep with id %1.</source>
        <translation>没有 ID 为 %1 的销售代表。</translation>
    </message>
    <message>
        <source>Sales rep %1</source>
        <translation>销售代表 %1</translation>
    </message>
    <message>
        <source>Unknown team %2 on sales rep %1.</source>
        <translation>销售代表 %1 的团队 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown commission plan %2 on sales rep %1.</source>
        <translation>销售代表 %1 的提成方案 %2 不存在。</translation>
    </message>
    <message>
        <source>Rep code is required, at most 40 characters without spaces.</source>
        <translation>销售代表编码为必填项，最多 40 个字符且不能包含空格。</translation>
    </message>
    <message>
        <source>Rep name is required.</source>
        <translation>销售代表姓名为必填项。</translation>
    </message>
    <message>
        <source>Base pay must not be negative.</source>
        <translation>底薪不能为负数。</translation>
    </message>
    <message>
        <source>Team code %1 already exists.</source>
        <translation>团队编码 %1 已存在。</translation>
    </message>
    <message>
        <source>No team with id %1.</source>
        <translation>没有 ID 为 %1 的团队。</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>read the team tree</source>
        <translation>读取团队层级</translation>
    </message>
    <message>
        <source>Unknown parent team %2 on team %1.</source>
        <translation>团队 %1 的上级团队 %2 不存在。</translation>
    </message>
    <message>
        <source>Team %1 cannot be placed under its own sub-team.</source>
        <translation>团队 %1 不能放在它自己的下级团队之下。</translation>
    </message>
    <message>
        <source>Team code is required, at most 40 characters without spaces.</source>
        <translation>团队编码为必填项，最多 40 个字符且不能包含空格。</translation>
    </message>
    <message>
        <source>Team name is required.</source>
        <translation>团队名称为必填项。</translation>
    </message>
    <message>
        <source>A team cannot be its own parent.</source>
        <translation>团队不能是自己的上级团队。</translation>
    </message>
    <message>
        <source>The mapping names column &quot;%1&quot;, which the file does not have (its columns: %2).</source>
        <translation>字段映射中指定了列“%1”，但文件中没有该列（文件的列：%2）。</translation>
    </message>
    <message>
        <source>The file has no column for the required field &quot;%1&quot; of %2 (its columns: %3). Rename the column or map it.</source>
        <translation>文件中没有与%2的必填字段“%1”对应的列（文件的列：%3）。请重命名该列或在字段映射中指定。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>start the import log</source>
        <translation>开始记录导入</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>此行有 %1 个字段，但标题行有 %2 个。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
    <message>
        <source>finish the import log</source>
        <translation>完成导入记录</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;; one of: %2.</source>
        <translation>无法导入“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>The mapping is for %1, not %2.</source>
        <translation>此字段映射用于%1，而不是%2。</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Cannot undo the import: a record it created (%1 %2) is now used by records added since.</source>
        <translation>无法撤销导入：导入时创建的记录（%1 %2）已被之后新增的记录引用。</translation>
    </message>
    <message>
        <source>read the import log</source>
        <translation>读取导入记录</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <source>The import log names an unknown table %1.</source>
        <translation>导入记录中出现了未知的表 %1。</translation>
    </message>
    <message>
        <source>finish undoing the import</source>
        <translation>完成撤销导入</translation>
    </message>
    <message>
        <source>read the records to send</source>
        <translation>读取待发送的记录</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The workspace is open read-only; a sync export records what was sent, so open the workspace for writing.</source>
        <translation>工作区以只读方式打开；导出同步包时需要记录已发送的内容，请以可写方式打开工作区。</translation>
    </message>
    <message>
        <source>%1 is this office; a sync package is for another office.</source>
        <translation>%1 是本办事处；同步包是发给其他办事处的。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the sync package.</source>
        <translation>%1 已存在；请为同步包选择一个新文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>The sync package is incomplete: its manifest does not list %1.</source>
        <translation>同步包不完整：清单中没有列出 %1。</translation>
    </message>
    <message>
        <source>The sync manifest lists an unknown file %1.</source>
        <translation>同步清单中列出了未知的文件 %1。</translation>
    </message>
    <message>
        <source>The sync package is incomplete: %1 is missing.</source>
        <translation>同步包不完整：缺少 %1。</translation>
    </message>
    <message>
        <source>The workspace is open read-only; open it for writing to import a sync package.</source>
        <translation>工作区以只读方式打开；请以可写方式打开后再导入同步包。</translation>
    </message>
    <message>
        <source>%1 is not a sync package folder (zip files are not read; unpack it first).</source>
        <translation>%1 不是同步包文件夹（不读取 zip 文件，请先解压）。</translation>
    </message>
    <message>
        <source>This sync package was written by this office (%1); import it in another office.</source>
        <translation>此同步包由本办事处（%1）导出，请在其他办事处导入。</translation>
    </message>
    <message>
        <source>This sync package is meant for office %1; this workspace is office %2.</source>
        <translation>此同步包是发给办事处 %1 的；本工作区属于办事处 %2。</translation>
    </message>
    <message>
        <source>The sync package was written with schema version %1 and this workspace has schema version %2; bring both offices to the same SalesBench version first.</source>
        <translation>同步包的结构版本为 %1，而本工作区的结构版本为 %2；请先将两个办事处升级到相同版本的销售工作台。</translation>
    </message>
    <message>
        <source>Packages %1..%2 from office %3 are missing: this package (%4) follows package %2, and the last one imported here is %5. It is applied anyway; the missing ones can still be imported when they arrive, or ask office %3 for a full package.</source>
        <translation>缺少办事处 %3 的同步包 %1..%2：此同步包（%4）接在同步包 %2 之后，而这里最近导入的是 %5。此同步包仍会被导入；缺少的同步包到达后仍可导入，也可以请办事处 %3 发送完整同步包。</translation>
    </message>
    <message>
        <source>Package %1 from office %2 arrives after package %3; records that changed again in a later package keep the later state.</source>
        <translation>办事处 %2 的同步包 %1 晚于同步包 %3 到达；在较新同步包中再次修改过的记录保留较新的状态。</translation>
    </message>
    <message>
        <source>read the sync conflicts</source>
        <translation>读取同步冲突</translation>
    </message>
    <message>
        <source>mark the sync conflicts reviewed</source>
        <translation>将同步冲突标记为已审阅</translation>
    </message>
    <message>
        <source>mark a sync conflict reviewed</source>
        <translation>将一条同步冲突标记为已审阅</translation>
    </message>
    <message>
        <source>read the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>sum the quantities sold</source>
        <translation>汇总销售数量</translation>
    </message>
    <message>
        <source>read the products</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>read the delivered quantities</source>
        <translation>读取已交付数量</translation>
    </message>
    <message>
        <source>The text contains the control character U+%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up a parent target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: no parent target %3 / %4 / %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a target to its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode must be &quot;whole&quot; or &quot;progressive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::core::Activity</name>
    <message>
        <source>Activity code must be 1 to 40 characters without spaces.</source>
        <translation>销售活动编码须为 1 到 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>The date of the activity is required.</source>
        <translation>销售活动日期为必填项。</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>请简要说明活动情况。</translation>
    </message>
    <message>
        <source>The summary must be at most 2000 characters.</source>
        <translation>摘要最多 2000 个字符。</translation>
    </message>
    <message>
        <source>The next step must be at most 2000 characters.</source>
        <translation>下一步最多 2000 个字符。</translation>
    </message>
    <message>
        <source>The next step cannot be due before the activity itself.</source>
        <translation>下一步的截止日期不能早于活动日期。</translation>
    </message>
    <message>
        <source>Describe the next step that is due on this date.</source>
        <translation>请填写在该日期前要完成的下一步。</translation>
    </message>
</context>
<context>
    <name>sb::core::ActivityKind</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>sb::core::ActivityRepository</name>
    <message>
        <source>Activity code %1 already exists.</source>
        <translation>销售活动编码 %1 已存在。</translation>
    </message>
    <message>
        <source>An activity with id %1 already exists.</source>
        <translation>ID 为 %1 的销售活动已存在。</translation>
    </message>
    <message>
        <source>Activity %1 cannot be restored: another activity now uses code %1.</source>
        <translation>无法恢复销售活动 %1：另一条销售活动现在使用编码 %1。</translation>
    </message>
    <message>
        <source>No activity with id %1.</source>
        <translation>没有 ID 为 %1 的销售活动。</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>销售活动 %1</translation>
    </message>
    <message>
        <source>Activity %1 must belong to a customer.</source>
        <translation>销售活动 %1 必须属于某个客户。</translation>
    </message>
    <message>
        <source>Unknown customer %2 on activity %1.</source>
        <translation>销售活动 %1 的客户 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown opportunity %2 on activity %1.</source>
        <translation>销售活动 %1 的商机 %2 不存在。</translation>
    </message>
    <message>
        <source>Unknown sales rep %2 on activity %1.</source>
        <translation>销售活动 %1 的销售代表 %2 不存在。</translation>
    </message>
</context>
<context>
    <name>sb::core::AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation>写入操作日志</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>读取操作日志</translation>
    </message>
</context>
<context>
    <name>sb::core::Checker</name>
    <message>
        <source>check the workspace</source>
        <translation>检查工作区</translation>
    </message>
    <message>
        <source>amount %1 but the order has neither lines nor a contract amount</source>
        <translation>金额为 %1，但订单既没有明细也没有合同金额</translation>
    </message>
    <message>
        <source>amount %1 differs from its contract amount %2 (the order has no lines)</source>
        <translation>金额 %1 与合同金额 %2 不一致（订单没有明细）</translation>
    </message>
    <message>
        <source>amount %1 differs from %2, the sum of its %n line(s)</source>
        <translation>金额 %1 与其 %n 条明细的合计 %2 不一致</translation>
    </message>
    <message>
        <source>amount %1 differs from %2 = quantity %3 × price %4 less %5 bp discount</source>
        <translation>金额 %1 与 %2 不一致（= 数量 %3 × 单价 %4，扣除 %5 个基点的折扣）</translation>
    </message>
    <message>
        <source>has no stage history</source>
        <translation>没有阶段历史</translation>
    </message>
    <message>
        <source>stage is %1 but its latest stage change is to %2</source>
        <translation>当前阶段为“%1”，但最近一次阶段变更是到“%2”</translation>
    </message>
    <message>
        <source>is %1 but has no closing date</source>
        <translation>状态为“%1”，但没有结束日期</translation>
    </message>
    <message>
        <source>is lost but has no lost reason</source>
        <translation>已输单但没有输单原因</translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which is deleted</source>
        <translation>%1 引用了已删除的%2 %3</translation>
    </message>
    <message>
        <source>%n live rows share this key</source>
        <translation>有 %n 条有效记录使用相同的键</translation>
    </message>
    <message>
        <source>its %n children by %1 add up to %2, not to its amount %3</source>
        <translation>按%1划分的 %n 个下级合计为 %2，而不是其金额 %3</translation>
    </message>
</context>
<context>
    <name>sb::core::Contact</name>
    <message>
        <source>Contact code must be 1 to 40 characters without spaces.</source>
        <translation>联系人编码须为 1 到 40 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>Contact name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>Contact name must be at most 200 characters.</source>
        <translation>联系人姓名最多 200 个字符。</translation>
    </message>
    <message>
        <source>Title must be at most 200 characters.</source>
        <translation>职务最多 200 个字符。</translation>
    </message>
    <message>
        <source>Phone must be 5 to 20 digits, optionally with +, spaces, dashes or brackets.</source>
        <translation>联系电话须为 5 到 20 位数字，可包含 +、空格、短横线或括号。</translation>
    </message>
    <message>
        <source>E-mail must look like name@example.com.</source>
        <translation>电子邮箱格式应类似 name@example.com。</translation>
    </message>
</context>
<context>
    <name>sb::core::ContactRepository</name>
    <message>
        <source>Contact code %1 already exists.</source>
        <translation>联系人编码 %1 已存在。</translation>
    </message>
    <message>
        <source>A contact with id %1 already exists.</source>
        <translation>ID 为 %1 的联系人已存在。</translation>
    </message>
    <message>
        <source>Contact %1 cannot be restored: another contact now uses code %1.</source>
        <translation>无法恢复联系人 %1：另一位联系人现在使用编码 %1。</translation>
    </message>
    <message>
        <source>No contact with id %1.</source>
        <translation>没有 ID 为 %1 的联系人。</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Contact %1 must belong to a customer.</source>
        <translation>联系人 %1 必须属于某个客户。</translation>
    </message>
    <message>
        <source>Unknown customer %2 on contact %1.</source>
        <translation>联系人 %1 的客户 %2 不存在。</translation>
    </message>
</context>
<context>
    <name>sb::core::ContractReview</name>
    <message>
        <source>read the contract review queue</source>
        <translation>读取合同审核队列</translation>
    </message>
    <message>
        <source>read the flagged contract points</source>
        <translation>读取被标记的合同要点</translation>
    </message>
    <message>
        <source>No order with id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
    <message>
        <source>Order %1 is %2; only a draft order can be confirmed.</source>
        <translation>订单 %1 的状态为“%2”；只有草稿订单才能确认。</translation>
    </message>
    <message>
        <source>Order %1 has flagged contract points: %2. Resolve them or confirm with an override and a reason.</source>
        <translation>订单 %1 有被标记的合同要点：%2。请先解决，或填写原因后强制确认。</translation>
    </message>
    <message>
        <source>Order %1: confirming despite flagged contract points needs a reason.</source>
        <translation>订单 %1：在合同要点被标记的情况下确认订单，需要填写原因。</translation>
    </message>
</context>
<context>
    <name>sb::core::CsvReader</name>
    <message>
        <source>A quoted field is never closed; check the quotes in this row.</source>
        <translation>带引号的字段没有结束，请检查此行中的引号。</translation>
    </message>
    <message>
        <source>A quote appears inside an unquoted field; enclose the field in quotes and double the quote.</source>
        <translation>未加引号的字段中出现了引号；请用引号括起该字段，并把其中的引号写两次。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>结束引号之后有多余的文字。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>某个字段超过了 %1 个字符。</translation>
    </message>
    <message>
        <source>The sep= line names a character that cannot separate fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text here; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::core::CsvWriter</name>
    <message>
        <source>This system cannot write GB18030.</source>
        <translation>本系统无法写入 GB18030 编码。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::core::CustomerRepository</name>
    <message>
        <source>A customer with id %1 already exists.</source>
        <translation>ID 为 %1 的客户已存在。</translation>
    </message>
    <message>
        <source>Customer %1 cannot be restored: another customer now uses code %1.</source>
        <translation>无法恢复客户 %1：另一个客户正在使用编码 %1。</translation>
    </message>
    <message>
        <source>read the customer list</source>
        <translation>读取客户列表</translation>
    </message>
</context>
<context>
    <name>sb::core::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; is the folder writable?</source>
        <translation>无法在 %1 旁创建锁文件；该文件夹是否可写？</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer SalesBench (schema %2; this version reads up to %3).</source>
        <translation>工作区 %1 由更新版本的销售工作台写入（结构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade; open it for writing once.</source>
        <translation>工作区 %1 需要升级，请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SalesBench workspace: %2</source>
        <translation>%1 不是销售工作台的工作区：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取结构版本：%1</translation>
    </message>
    <message>
        <source>read setting</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>save setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Cannot prepare a statement: %1</source>
        <translation>无法准备 SQL 语句：%1</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>Statement failed: %1</source>
        <translation>语句执行失败：%1</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check (%2).</source>
        <translation>备份 %1 未通过完整性检查（%2）。</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a usable SalesBench backup (%2).</source>
        <translation>%1 不是可用的销售工作台备份（%2）。</translation>
    </message>
    <message>
        <source>not a database</source>
        <translation>不是数据库</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer SalesBench.</source>
        <translation>备份 %1 由更新版本的销售工作台写入。</translation>
    </message>
    <message>
        <source>Cannot replace the workspace %1.</source>
        <translation>无法替换工作区 %1。</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>表 %1 的第 %2 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>结构迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>工作区未打开。</translation>
    </message>
    <message>
        <source>Cannot save the data: %1</source>
        <translation>无法保存数据：%1</translation>
    </message>
</context>
<context>
    <name>sb::core::Database::Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>sb::core::Demo</name>
    <message>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot %1 demo data: %2</source>
        <translation>无法%1演示数据：%2</translation>
    </message>
</context>
<context>
    <name>sb::core::ImportContext</name>
    <message>
        <source>look up a reference</source>
        <translation>查找引用的记录</translation>
    </message>
</context>
<context>
    <name>sb::core::ImportMapping</name>
    <message>
        <source>The mapping is not valid JSON at offset %1: %2</source>
        <translation>字段映射在偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>字段映射必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>“decimal”必须是“.”或“,”，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation>“date_order”必须是“dmy”或“mdy”。</translation>
    </message>
    <message>
        <source>The mapping needs a &quot;columns&quot; object (source column → field).</source>
        <translation>字段映射需要一个“columns”对象（源列 → 字段）。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for %2 in the mapping.</source>
        <translation>字段映射中 %2 的字段“%1”未知。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; must map to a field name or a list of field names.</source>
        <translation>列“%1”必须映射到一个字段名或字段名列表。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取字段映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write the mapping file %1: %2</source>
        <translation>无法写入字段映射文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::core::ImportResult</name>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，第 %1 列</translation>
    </message>
</context>
<context>
    <name>sb::core::KeyLookup</name>
    <message>
        <source>read a record</source>
        <translation>读取记录</translation>
    </message>
</context>
<context>
    <name>sb::core::Lifecycle</name>
    <message>
        <source>Acquisition</source>
        <translation>获客</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>维系</translation>
    </message>
    <message>
        <source>Deepening</source>
        <translation>深耕</translation>
    </message>
</context>
<context>
    <name>sb::core::OpportunityRepository</name>
    <message>
        <source>An opportunity with id %1 already exists.</source>
        <translation>ID 为 %1 的商机已存在。</translation>
    </message>
    <message>
        <source>Opportunity %1 cannot be restored: another opportunity now uses code %1.</source>
        <translation>无法恢复商机 %1：另一个商机正在使用编码 %1。</translation>
    </message>
    <message>
        <source>No stage change with id %1.</source>
        <translation>没有 ID 为 %1 的阶段变更。</translation>
    </message>
    <message>
        <source>The creation of opportunity %1 is not a stage move and cannot be undone.</source>
        <translation>商机 %1 的创建不是阶段变更，无法撤销。</translation>
    </message>
    <message>
        <source>Only the latest stage change of opportunity %1 can be undone.</source>
        <translation>只能撤销商机 %1 最近一次的阶段变更。</translation>
    </message>
    <message>
        <source>Opportunity %1 is no longer in stage %2; the move cannot be undone.</source>
        <translation>商机 %1 已不在“%2”阶段，无法撤销此次变更。</translation>
    </message>
</context>
<context>
    <name>sb::core::OrderLinesImporter</name>
    <message>
        <source>customer_code is required for a new order.</source>
        <translation>新订单需要 customer_code（客户编码）。</translation>
    </message>
    <message>
        <source>Unknown customer &quot;%1&quot;; import customers first or allow creating missing customers.</source>
        <translation>客户“%1”不存在；请先导入客户，或允许自动创建缺失的客户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable customer code.</source>
        <translation>“%1”不是可用的客户编码。</translation>
    </message>
    <message>
        <source>Unknown product &quot;%1&quot;; import products first or allow creating missing products.</source>
        <translation>产品“%1”不存在；请先导入产品，或允许自动创建缺失的产品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable SKU.</source>
        <translation>“%1”不是可用的产品编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable order number.</source>
        <translation>“%1”不是可用的订单编号。</translation>
    </message>
    <message>
        <source>order_date is required for a new order.</source>
        <translation>新订单需要 order_date（下单日期）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status.</source>
        <translation>“%1”不是订单状态。</translation>
    </message>
    <message>
        <source>order_number is required.</source>
        <translation>order_number（订单编号）为必填项。</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>数量不能为零。</translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100 %.</source>
        <translation>折扣必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The amount %1 is not quantity × unit price × (1 − discount) = %2.</source>
        <translation>金额 %1 不等于 数量 × 单价 × (1 − 折扣) = %2。</translation>
    </message>
    <message>
        <source>The line number must be positive.</source>
        <translation>明细行号必须为正数。</translation>
    </message>
    <message>
        <source>Line %1 of order %2 appears twice in the file.</source>
        <translation>订单 %2 的第 %1 行明细在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Order %1 belongs to customer %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price is beyond the largest amount this workspace accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1&apos;s total would exceed the largest amount this workspace accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::core::OrderRepository</name>
    <message>
        <source>An order with id %1 already exists.</source>
        <translation>ID 为 %1 的订单已存在。</translation>
    </message>
    <message>
        <source>Order %1 cannot go from %2 to %3.</source>
        <translation>订单 %1 不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>Order %1 cannot be restored: another order now uses number %1.</source>
        <translation>无法恢复订单 %1：另一个订单正在使用编号 %1。</translation>
    </message>
</context>
<context>
    <name>sb::core::OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>sb::core::ProductRepository</name>
    <message>
        <source>A product with id %1 already exists.</source>
        <translation>ID 为 %1 的产品已存在。</translation>
    </message>
    <message>
        <source>Product %1 cannot be restored: another product now uses SKU %1.</source>
        <translation>无法恢复产品 %1：另一个产品正在使用产品编码 %1。</translation>
    </message>
</context>
<context>
    <name>sb::core::RepRepository</name>
    <message>
        <source>A sales rep with id %1 already exists.</source>
        <translation>ID 为 %1 的销售代表已存在。</translation>
    </message>
    <message>
        <source>Sales rep %1 cannot be restored: another rep now uses code %1.</source>
        <translation>无法恢复销售代表 %1：另一位销售代表正在使用编码 %1。</translation>
    </message>
</context>
<context>
    <name>sb::core::RevenueQueries</name>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>工作区不是已打开的 SQLite 数据库</translation>
    </message>
    <message>
        <source>Cannot read revenue per customer: %1</source>
        <translation>无法读取各客户的销售额：%1</translation>
    </message>
</context>
<context>
    <name>sb::core::Stage</name>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案制定</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交签约</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>sb::core::SyncImportResult</name>
    <message>
        <source>Package %1 from office %2 was imported before; nothing changed.</source>
        <translation>办事处 %2 的同步包 %1 之前已导入，没有任何变化。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 unchanged, %5 conflicts</source>
        <translation>新增 %1 条，更新 %2 条，删除 %3 条，未变 %4 条，冲突 %5 条</translation>
    </message>
    <message>
        <source>Package %1 from office %2 would bring: %3.</source>
        <translation>办事处 %2 的同步包 %1 将带来：%3。</translation>
    </message>
    <message>
        <source>Imported package %1 from office %2: %3.</source>
        <translation>已导入办事处 %2 的同步包 %1：%3。</translation>
    </message>
</context>
<context>
    <name>sb::core::TableImporter</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot; (no such record in %3).</source>
        <translation>未知的%1“%2”（%3 中没有该记录）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
    <message>
        <source>%1 is required to match the record.</source>
        <translation>匹配记录需要 %1。</translation>
    </message>
    <message>
        <source>Record id %1 does not exist, but its key belongs to record %2.</source>
        <translation>记录 ID %1 不存在，但它的键属于记录 %2。</translation>
    </message>
    <message>
        <source>%1 is required for a new record.</source>
        <translation>新记录需要 %1。</translation>
    </message>
    <message>
        <source>Duplicate key %1: row %2 has it already.</source>
        <translation>键 %1 重复：第 %2 行已使用。</translation>
    </message>
</context>
<context>
    <name>sb::core::TeamRepository</name>
    <message>
        <source>A team with id %1 already exists.</source>
        <translation>ID 为 %1 的团队已存在。</translation>
    </message>
    <message>
        <source>Team %1 cannot be restored: another team now uses code %1.</source>
        <translation>无法恢复团队 %1：另一个团队正在使用编码 %1。</translation>
    </message>
</context>
<context>
    <name>sb::core::XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::core::abc</name>
    <message>
        <source>Class A</source>
        <translation>A类客户</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>B类客户</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>C类客户</translation>
    </message>
    <message>
        <source>By cumulative revenue share</source>
        <translation>按累计销售额占比</translation>
    </message>
    <message>
        <source>By customer count</source>
        <translation>按客户数量</translation>
    </message>
</context>
<context>
    <name>sb::core::checkstate</name>
    <message>
        <source>Unchecked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
</context>
<context>
    <name>sb::core::contractpoint</name>
    <message>
        <source>Payment terms clear</source>
        <translation>付款条件明确</translation>
    </message>
    <message>
        <source>Delivery and acceptance criteria clear</source>
        <translation>交付与验收标准明确</translation>
    </message>
    <message>
        <source>IP ownership clear</source>
        <translation>知识产权归属明确</translation>
    </message>
    <message>
        <source>Liability capped, force majeure covered</source>
        <translation>责任有上限，涵盖不可抗力</translation>
    </message>
    <message>
        <source>Termination terms clear</source>
        <translation>终止条款明确</translation>
    </message>
</context>
<context>
    <name>sb::core::funnel</name>
    <message>
        <source>Sharpen the value proposition and the first conversation; build trust.</source>
        <translation>打磨价值主张和首次沟通，建立信任。</translation>
    </message>
    <message>
        <source>Dig deeper into needs, bring industry insight, agree the need.</source>
        <translation>深挖客户需求，提供行业洞察，与客户确认需求。</translation>
    </message>
    <message>
        <source>More tailoring, clearer differentiation, show success cases.</source>
        <translation>加强方案定制，突出差异化，展示成功案例。</translation>
    </message>
    <message>
        <source>Map the decision process and decision makers; flexible commercial terms.</source>
        <translation>理清决策流程和决策人，灵活调整商务条款。</translation>
    </message>
    <message>
        <source>count the funnel</source>
        <translation>统计销售漏斗</translation>
    </message>
</context>
<context>
    <name>sb::core::funnelsql</name>
    <message>
        <source>count opportunities</source>
        <translation>统计商机</translation>
    </message>
    <message>
        <source>look up %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <source>No sales rep with code or id %1.</source>
        <translation>没有编码或 ID 为 %1 的销售代表。</translation>
    </message>
    <message>
        <source>No team with code or id %1.</source>
        <translation>没有编码或 ID 为 %1 的团队。</translation>
    </message>
</context>
<context>
    <name>sb::core::inventory</name>
    <message>
        <source>Inventory turnover = COGS / average inventory value; turnover days = 365 / turnover. COGS = quantity × unit cost over the lines of delivered and closed orders dated in the year. Benchmark: at least 8 turns a year (about 45 days).</source>
        <translation>库存周转率 = 销售成本 / 平均库存价值；库存周转天数 = 365 / 库存周转率。销售成本 = 当年已交付和已关闭订单明细的数量 × 单位成本。参考标准：每年至少周转 8 次（约 45 天）。</translation>
    </message>
    <message>
        <source>Average inventory value = stock on hand × unit cost today: the workspace keeps no stock history, so the current stock value stands in for the average.</source>
        <translation>平均库存价值 = 当前库存数量 × 单位成本：工作区不保存库存历史，因此用当前库存价值代替平均值。</translation>
    </message>
    <message>
        <source>Reorder point = average daily demand × lead time days + safety stock, rounded up; daily demand = quantity of confirmed, delivered and closed orders in the last 90 days / 90.</source>
        <translation>补货点 = 日均需求 × 补货周期天数 + 安全库存，向上取整；日均需求 = 最近 90 天已确认、已交付和已关闭订单的数量 / 90。</translation>
    </message>
    <message>
        <source>Suggested quantity = reorder point + 30 days of demand − stock on hand (at least 0), for products whose stock on hand is at or below their reorder point.</source>
        <translation>建议补货量 = 补货点 + 30 天需求 − 当前库存数量（至少为 0），适用于库存数量不高于补货点的产品。</translation>
    </message>
</context>
<context>
    <name>sb::core::parse</name>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use 2025-03-01, 2025/3/1 or 2025年3月1日.</source>
        <translation>“%1”不是日期；请使用 2025-03-01、2025/3/1 或 2025年3月1日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (day/month/year).</source>
        <translation>“%1”不是有效的日期（日/月/年）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (month/day/year).</source>
        <translation>“%1”不是有效的日期（月/日/年）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date order for this file.</source>
        <translation>“%1”既可能是日/月，也可能是月/日；请为此文件选择日期顺序。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two decimal marks.</source>
        <translation>“%1”含有两个小数点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal places.</source>
        <translation>“%1”的小数位超过 %2 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced thousands separators.</source>
        <translation>“%1”的千位分隔符位置不正确。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
</context>
<context>
    <name>sb::core::recordio</name>
    <message>
        <source>read a record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>read records</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>count records</source>
        <translation>统计记录</translation>
    </message>
    <message>
        <source>check a key</source>
        <translation>检查键</translation>
    </message>
    <message>
        <source>check a reference</source>
        <translation>检查引用</translation>
    </message>
    <message>
        <source>save the new record</source>
        <translation>保存新记录</translation>
    </message>
    <message>
        <source>save the record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>The record %1 was changed or removed meanwhile; nothing was saved.</source>
        <translation>记录 %1 在此期间已被修改或删除，未保存任何内容。</translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>restore the record</source>
        <translation>恢复记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>%1 not saved. %2</source>
        <translation>%1 未保存。%2</translation>
    </message>
    <message>
        <source>find the next number</source>
        <translation>查找下一个编号</translation>
    </message>
</context>
<context>
    <name>sb::core::syncapply::Applier</name>
    <message>
        <source>The table %1 does not start with its id.</source>
        <translation type="unfinished">表 %1 的第一列不是 id。</translation>
    </message>
    <message>
        <source>A row of %1 has no id.</source>
        <translation type="unfinished">%1 中有一行没有 id。</translation>
    </message>
    <message>
        <source>read a record</source>
        <translation type="unfinished">读取记录</translation>
    </message>
    <message>
        <source>save a record from the sync package</source>
        <translation type="unfinished">保存同步包中的记录</translation>
    </message>
    <message>
        <source>The %1 %2 (id %3) from office %4 cannot be stored: %5. Either a record here has the same key, or it refers to a record this office does not have (import that office&apos;s earlier packages first, or ask it for a full package). Nothing was imported.</source>
        <translation type="unfinished">来自办事处 %4 的%1 %2（id %3）无法保存：%5。可能是这里已有相同键的记录，或它引用了本办事处没有的记录（请先导入该办事处之前的同步包，或请对方发送完整同步包）。未导入任何内容。</translation>
    </message>
    <message>
        <source>record a sync conflict</source>
        <translation type="unfinished">记录同步冲突</translation>
    </message>
</context>
<context>
    <name>sb::core::syncledger</name>
    <message>
        <source>read the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>保存同步状态</translation>
    </message>
</context>
<context>
    <name>sb::core::syncpackage</name>
    <message>
        <source>The workspace has no table %1.</source>
        <translation>工作区中没有表 %1。</translation>
    </message>
    <message>
        <source>%1 is not a sync package: it has no %2.</source>
        <translation>%1 不是同步包：其中没有 %2。</translation>
    </message>
    <message>
        <source>%1 is not a SalesBench sync manifest.</source>
        <translation>%1 不是销售工作台的同步清单。</translation>
    </message>
    <message>
        <source>The sync package uses format version %1; this SalesBench reads version %2.</source>
        <translation>同步包使用格式版本 %1；本版本的销售工作台读取版本 %2。</translation>
    </message>
    <message>
        <source>The sync manifest %1 has no valid office id or sequence number.</source>
        <translation>同步清单 %1 没有有效的办事处编号或序号。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sync file %1 was changed after it was written (opened and saved in a spreadsheet?) — import it as an ordinary CSV import instead.</source>
        <translation type="unfinished">同步文件 %1 在写出后被修改过（是否在电子表格中打开并保存过？）——请改用普通的 CSV 导入。</translation>
    </message>
</context>
<context>
    <name>sb::core::syncpackage::MetaColumns</name>
    <message>
        <source>The table %1 has no column %2; it cannot be synced.</source>
        <translation>表 %1 没有列 %2，无法同步。</translation>
    </message>
</context>
<context>
    <name>sb::core::syncpackage::PackageReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has the column &quot;%2&quot;, which this workspace&apos;s table does not have (or has twice).</source>
        <translation>%1 含有列“%2”，而本工作区的表中没有该列（或出现了两次）。</translation>
    </message>
    <message>
        <source>%1 lacks the columns %2.</source>
        <translation>%1 缺少列 %2。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation>%1，第 %2 行：有 %3 个单元格，而标题行有 %4 个。</translation>
    </message>
</context>
<context>
    <name>sb::core::syncpackage::ShadowStore</name>
    <message>
        <source>read the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>保存同步状态</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcExport</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>ABC segmentation</source>
        <translation>ABC客户分类</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcMovementModel</name>
    <message>
        <source>First calls: customers that slipped from class A to class B</source>
        <translation>优先回访：从A类降为B类的客户</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>原为%1</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>现为%1</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers</source>
        <translation>%1 → %2：%3 个客户</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcMovementPanel</name>
    <message>
        <source>Rows: class in the earlier period. Columns: class now. Red cells moved down, green cells moved up; the bold cell (A → B) lists the first calls. Click a cell to list its customers.</source>
        <translation>行：对比期的类别；列：当前类别。红色单元格为降级，绿色为升级；加粗的单元格（A → B）是需要优先回访的客户。点击单元格可列出其中的客户。</translation>
    </message>
    <message>
        <source>%1 — first calls: these A customers are slipping to B.</source>
        <translation>%1 —— 优先回访：这些A类客户正在降为B类。</translation>
    </message>
    <message>
        <source>Stayed in %1: 1 customer</source>
        <translation>保持%1：1 个客户</translation>
    </message>
    <message>
        <source>Stayed in %1: %2 customers</source>
        <translation>保持%1：%2 个客户</translation>
    </message>
    <message>
        <source>%1 → %2: 1 customer</source>
        <translation>%1 → %2：1 个客户</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers</source>
        <translation>%1 → %2：%3 个客户</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcPage</name>
    <message>
        <source>ABC segmentation</source>
        <translation>ABC客户分类</translation>
    </message>
    <message>
        <source>Customers ranked by revenue (confirmed, delivered and closed orders) and put in classes: A brings most of the revenue and deserves most of the resources.</source>
        <translation>按销售额（已确认、已交付和已关闭的订单）对客户排名并分类：A类客户贡献了大部分销售额，应投入最多的资源。</translation>
    </message>
    <message>
        <source>&amp;Summary and Pareto chart</source>
        <translation>汇总与帕累托图(&amp;S)</translation>
    </message>
    <message>
        <source>Ranked c&amp;ustomers</source>
        <translation>客户排名(&amp;U)</translation>
    </message>
    <message>
        <source>Class mo&amp;vement</source>
        <translation>类别变动(&amp;V)</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the Pareto chart as a PNG image or an SVG drawing</source>
        <translation>将帕累托图保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>pareto-chart</source>
        <translation>帕累托图</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show c&amp;lass:</source>
        <translation>显示类别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the ranked customers as an Excel workbook or a CSV file</source>
        <translation>将客户排名保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>%1 customers: A %2 · B %3 · C %4</source>
        <translation>%1 个客户：A类 %2 · B类 %3 · C类 %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Class movement from %1 (%2) to %3.</source>
        <translation>类别变动：从 %1（%2）到 %3。</translation>
    </message>
    <message>
        <source>No revenue from %1 to %2: every customer is in class C.</source>
        <translation>%1 至 %2 没有销售额：所有客户均为C类客户。</translation>
    </message>
    <message>
        <source>%1 of customers (%2 in class A) bring %3 of the revenue of %4 (%5).</source>
        <translation>%1 的客户（A类 %2 个）贡献了 %3 的销售额，总销售额 %4（%5）。</translation>
    </message>
    <message>
        <source>abc-%1-%2</source>
        <translation>ABC客户分类-%1-%2</translation>
    </message>
    <message>
        <source>Export ranked customers</source>
        <translation>导出客户排名</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 customers…</source>
        <translation>正在导出 %1 个客户…</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcParameterBar</name>
    <message>
        <source>Class A: the customers up to this cumulative share of revenue (the one that crosses it too).</source>
        <translation>A类：累计销售额占比达到此值之前的客户（含越过此值的那一个）。</translation>
    </message>
    <message>
        <source>Class B: the following customers up to this cumulative share of revenue; the rest are C.</source>
        <translation>B类：其后累计销售额占比达到此值之前的客户；其余为C类。</translation>
    </message>
    <message>
        <source>Recommended share of sales resources (visits, account managers&apos; time) for the class.</source>
        <translation>建议为该类客户投入的销售资源占比（拜访、客户经理的时间）。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>对比(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Class &amp;A up to:</source>
        <translation>A类(&amp;A)累计至：</translation>
    </message>
    <message>
        <source>Class &amp;B up to:</source>
        <translation>B类(&amp;B)累计至：</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>方法(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>资源投入(&amp;R)：</translation>
    </message>
    <message>
        <source>The top %1 % of customers by revenue are A, the next %2 % B, the rest C.</source>
        <translation>按销售额排名前 %1% 的客户为A类，其后 %2% 为B类，其余为C类。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Threshold A (%1 %) must not exceed threshold B (%2 %).</source>
        <translation>A类阈值（%1%）不能大于B类阈值（%2%）。</translation>
    </message>
    <message>
        <source>The resource shares add up to %1 %; they must add up to 100 %.</source>
        <translation>资源投入占比合计为 %1%，必须合计为 100%。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcPeriods</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>the same period a year earlier</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>the period just before</source>
        <translation>上一期间</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcRankingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>sb::ui::AbcSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户数占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Resource share</source>
        <translation>资源投入占比</translation>
    </message>
</context>
<context>
    <name>sb::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建销售活动</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>%1 的销售活动</translation>
    </message>
    <message>
        <source>What happened, what the customer said</source>
        <translation>发生了什么，客户怎么说</translation>
    </message>
    <message>
        <source>e.g. send the quote, book a demo</source>
        <translation>例如：发送报价、预约演示</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活动类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sb::ui::ActivityLabel</name>
    <message>
        <source>(%1 on %2)</source>
        <translation>（%2 %1）</translation>
    </message>
</context>
<context>
    <name>sb::ui::ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>sb::ui::AddActivityCommand</name>
    <message>
        <source>Add activity %1</source>
        <translation>添加销售活动 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AddContactCommand</name>
    <message>
        <source>Add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AddCustomerCommand</name>
    <message>
        <source>Add customer %1</source>
        <translation>新增客户 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AddOpportunityCommand</name>
    <message>
        <source>Add opportunity %1</source>
        <translation>新增商机 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AddOrderCommand</name>
    <message>
        <source>Add order %1</source>
        <translation>添加订单 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::Application</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AtRiskModel</name>
    <message>
        <source>2-2-2: first contact took %1 days (rule: within %2)</source>
        <translation>2-2-2：首次联系用了 %1 天（规则：%2 天内）</translation>
    </message>
    <message>
        <source>2-2-2: needs not confirmed after %1 days (rule: within %2)</source>
        <translation>2-2-2：%1 天后仍未确认需求（规则：%2 天内）</translation>
    </message>
    <message>
        <source>2-2-2: no decision after %1 days (rule: within %2)</source>
        <translation>2-2-2：%1 天后仍未决策（规则：%2 天内）</translation>
    </message>
    <message>
        <source>Stale: no stage change or activity for %1 days (limit %2)</source>
        <translation>停滞：%1 天无阶段变化或销售活动（上限 %2 天）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>商机编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>违反的规则</translation>
    </message>
</context>
<context>
    <name>sb::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sb::ui::BottleneckPanel</name>
    <message>
        <source>What the handbook advises</source>
        <translation>手册建议</translation>
    </message>
</context>
<context>
    <name>sb::ui::CardDelegate</name>
    <message>
        <source>Closed %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>预计 %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days in the stage, kept short for the card</comment>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChartExport</name>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>无法写入 %1：图片编码失败。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>sb::ui::ColumnMappingModel</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为字段</translation>
    </message>
</context>
<context>
    <name>sb::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>e.g. +86 138 0000 0000</source>
        <translation>例如：+86 138 0000 0000</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>This contact is a &amp;decision maker</source>
        <translation>此联系人是决策人(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>sb::ui::ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sb::ui::CsvPreview</name>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CsvPreviewModel</name>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
</context>
<context>
    <name>sb::ui::CustomerDetailDialog</name>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>A&amp;dd activity…</source>
        <translation>添加销售活动(&amp;D)…</translation>
    </message>
    <message>
        <source>Ed&amp;it activity…</source>
        <translation>编辑销售活动(&amp;I)…</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除销售活动</translation>
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
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>客户生命周期(&amp;L)：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>决策人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>ABC class by revenue over the last 12 months</source>
        <translation>按最近 12 个月销售额划分的ABC类别</translation>
    </message>
    <message>
        <source>This customer was deleted.</source>
        <translation>此客户已被删除。</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Acti&amp;vities (%1)</source>
        <translation>销售活动(&amp;V)（%1）</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>联系人(&amp;C)（%1）</translation>
    </message>
</context>
<context>
    <name>sb::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. +86 10 8888 6666</source>
        <translation>例如 +86 10 8888 6666</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation>客户编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Company si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>城市(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>客户生命周期(&amp;L)：</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Decision maker:</source>
        <translation>决策人(&amp;D)：</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>职务(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>(deleted sales rep)</source>
        <translation>（已删除的销售代表）</translation>
    </message>
    <message>
        <source>(deleted channel)</source>
        <translation>（已删除的渠道）</translation>
    </message>
    <message>
        <source>The customer code %1 is already in use.</source>
        <translation>客户编码 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Possible duplicate of an existing customer: %1</source>
        <translation>可能与已有客户重复：%1</translation>
    </message>
    <message>
        <source>The same phone number as %1</source>
        <translation>与以下客户的联系电话相同：%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::CustomerTableModel</name>
    <message>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>客户生命周期</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>ABC class by revenue over the last 12 months</source>
        <translation>按最近 12 个月销售额划分的ABC类别</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC类别</translation>
    </message>
</context>
<context>
    <name>sb::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a customer (%1)</source>
        <translation>新增客户（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation>打开所选客户（回车）</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected customers (%1)</source>
        <translation>删除所选客户（%1）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Everyone you sell to, with owner and lifecycle stage. Type to search; double-click a customer to open it.</source>
        <translation>所有客户及其负责人和客户生命周期。输入文字即可搜索；双击客户即可打开。</translation>
    </message>
    <message>
        <source>Search code, name, phone, region, owner… (%1)</source>
        <translation>搜索客户编码、名称、联系电话、区域、负责人…（%1）</translation>
    </message>
    <message>
        <source>All lifecycle stages</source>
        <translation>全部生命周期阶段</translation>
    </message>
    <message>
        <source>&amp;Open customer…</source>
        <translation>打开客户(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete the customer %1 (%2)?</source>
        <translation>删除客户 %1（%2）吗？</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <source>Delete %1 customers?</source>
        <translation>删除 %1 个客户吗？</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>Customer de&amp;tails…</source>
        <translation>客户详情(&amp;T)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Contacts, activities and lifecycle stage of the selected customer (%1)</source>
        <translation>所选客户的联系人、销售活动和客户生命周期（%1）</translation>
    </message>
    <message>
        <source>ABC class by revenue over the last 12 months</source>
        <translation>按最近 12 个月销售额划分的ABC类别</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>全部ABC类别</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
</context>
<context>
    <name>sb::ui::DeleteActivityCommand</name>
    <message>
        <source>Delete activity %1</source>
        <translation>删除销售活动 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::DeleteContactCommand</name>
    <message>
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::DemoWorkspace</name>
    <message>
        <source>Cannot prepare the folder of %1.</source>
        <translation>无法准备 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <source>Cannot move the demo workspace into place at %1.</source>
        <translation>无法将演示工作区移动到 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditActivityCommand</name>
    <message>
        <source>Edit activity %1</source>
        <translation>编辑销售活动 %1</translation>
    </message>
    <message>
        <source>The activity %1 no longer exists.</source>
        <translation>销售活动 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditContactCommand</name>
    <message>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>联系人 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditCustomerCommand</name>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditOpportunityCommand</name>
    <message>
        <source>Edit opportunity %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>Opportunity %1 no longer exists.</source>
        <translation>商机 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditOrderCommand</name>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <source>Order %1 no longer exists.</source>
        <translation>订单 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>sb::ui::EntityNames</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>商机阶段历史</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExchangeActions</name>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Undo &amp;last import…</source>
        <translation>撤销上次导入(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open a workspace for writing to import into it.</source>
        <translation>请以可写方式打开工作区后再导入。</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2 (%3)? The %4 record(s) it added are removed and the %5 it updated get their previous values back.</source>
        <translation>撤销 %3 从 %2 导入的%1吗？导入新增的 %4 条记录将被删除，更新的 %5 条记录将恢复原值。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>已撤销 %1 的导入。</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Package %1 written to %2: %3 record(s), %4 of them deletions. Send the whole folder to the other office.</source>
        <translation>同步包 %1 已写入 %2：共 %3 条记录，其中删除记录 %4 条。请将整个文件夹发送给对方办事处。</translation>
    </message>
    <message>
        <source>Import sync package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Checking the sync package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>Import the package now?</source>
        <translation>现在导入此同步包吗？</translation>
    </message>
    <message>
        <source>Fields both offices changed are listed under Sync → Conflicts.</source>
        <translation>双方办事处都修改过的字段列在“同步 → 冲突”中。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All (one file each, into a folder)</source>
        <translation>全部（每类一个文件，存入文件夹）</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV（逗号分隔文本）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens correctly in Excel)</source>
        <translation>UTF-8 带 BOM（Excel 可正确打开）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation>GB18030（较早的中文软件）</translation>
    </message>
    <message>
        <source>&amp;Mask personal data (phone 138****1234, names 张*)</source>
        <translation>客户数据脱敏(&amp;M)（电话 138****1234，姓名 张*）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>数据(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; the files finished before it stopped are kept.</source>
        <translation>导出已取消；取消前已完成的文件会保留。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已写入 %1 行到 %2。</translation>
    </message>
    <message>
        <source>%1 rows written to %2 files in %3.</source>
        <translation>已写入 %1 行，共 %2 个文件，位于 %3。</translation>
    </message>
</context>
<context>
    <name>sb::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>列“%1”对应的字段</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>sb::ui::FunnelAnalysis</name>
    <message>
        <source>read the at-risk deals</source>
        <translation>读取风险商机</translation>
    </message>
</context>
<context>
    <name>sb::ui::FunnelFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>sb::ui::FunnelPage</name>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>How the deals of a period moved from first contact to signing, stage by stage, against the handbook&apos;s benchmarks — and where they get stuck.</source>
        <translation>一个期间内的商机如何从初步接触逐阶段走到成交签约，与手册基准对比——以及卡在哪里。</translation>
    </message>
    <message>
        <source>By deal count</source>
        <translation>按商机数</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>口径(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the funnel as a PNG image or an SVG drawing</source>
        <translation>将漏斗保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>漏斗(&amp;F)</translation>
    </message>
    <message>
        <source>Pipeline &amp;health</source>
        <translation>商机健康度(&amp;H)</translation>
    </message>
    <message>
        <source>Analysing the funnel…</source>
        <translation>正在分析销售漏斗…</translation>
    </message>
    <message>
        <source>%1 deals created in %2</source>
        <translation>%2 新建商机 %1 个</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>分析失败。</translation>
    </message>
    <message>
        <source>Stage conversion is counted in deals.</source>
        <translation>阶段转化率按商机数统计。</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to read it.&lt;/b&gt; Each bar is an open stage; its width is the number of deals that left the stage in the period, and the figure on it is the share that moved forward rather than being lost. The dot compares that share with the handbook&apos;s step rate: red below the industry average, amber between industry and excellent, green at or above excellent companies.</source>
        <translation>&lt;b&gt;怎么看：&lt;/b&gt;每一条代表一个进行中的阶段；宽度是本期离开该阶段的商机数，条上的数字是其中向前推进（而非输单）的比例。圆点把这一比例与手册的阶段转化率比较：红色低于行业平均，琥珀色介于行业平均与优秀企业之间，绿色达到或超过优秀企业。</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to read it.&lt;/b&gt; Each bar is a stage, from first contact down to signing; its width is the share of the period&apos;s new deals that got at least that far. Between two bars is the step rate: of the deals that reached the upper stage, the share that went on. The dot compares each stage with the handbook: red below the industry average, amber between industry and excellent, green at or above excellent companies.</source>
        <translation>&lt;b&gt;怎么看：&lt;/b&gt;每一条代表一个阶段，自上而下从初步接触到成交签约；宽度是本期新建商机中至少走到该阶段的比例。两条之间是阶段转化率：到达上一阶段的商机中继续推进的比例。圆点把各阶段与手册比较：红色低于行业平均，琥珀色介于行业平均与优秀企业之间，绿色达到或超过优秀企业。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort:&lt;/b&gt; %1 deals created in the period, worth %2.</source>
        <translation>&lt;b&gt;样本：&lt;/b&gt;本期新建商机 %1 个，金额 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Win rate:&lt;/b&gt; %1 (%2 won, %3 lost in the period); B2B average 15–25%.</source>
        <translation>&lt;b&gt;签约率：&lt;/b&gt;%1（本期成交 %2 个，输单 %3 个）；B2B 平均 15–25%。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Win rate:&lt;/b&gt; no deal closed in the period; B2B average 15–25%.</source>
        <translation>&lt;b&gt;签约率：&lt;/b&gt;本期没有关闭的商机；B2B 平均 15–25%。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle:&lt;/b&gt; median %1 days, mean %2 days (creation to won).</source>
        <translation>&lt;b&gt;销售周期：&lt;/b&gt;中位数 %1 天，平均 %2 天（从创建到成交）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle:&lt;/b&gt; no deal won in the period.</source>
        <translation>&lt;b&gt;销售周期：&lt;/b&gt;本期没有成交的商机。</translation>
    </message>
</context>
<context>
    <name>sb::ui::FunnelPresenter</name>
    <message>
        <source>Pipeline conversion</source>
        <translation>管道转化率</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <source>Of the deals created in the period, the share that reached each stage (entered it or a later one; a lost deal counts up to the last stage it reached).</source>
        <translation>本期新建的商机中，到达各阶段（进入该阶段或更后阶段；输单商机计到其到达的最后阶段）的比例。</translation>
    </message>
    <message>
        <source>Of the deals that left a stage in the period, the share that moved forward rather than to lost.</source>
        <translation>本期离开某阶段的商机中，向前推进而非输单的比例。</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>by deal count</source>
        <translation>按商机数</translation>
    </message>
    <message>
        <source>by amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stage · reached</source>
        <translation>阶段 · 到达数</translation>
    </message>
    <message>
        <source>Funnel · share of initial contact</source>
        <translation>漏斗 · 占初步接触的比例</translation>
    </message>
    <message>
        <source>Cumulative · step rate</source>
        <translation>累计转化率 · 阶段转化率</translation>
    </message>
    <message>
        <source>Benchmark (cumulative)</source>
        <translation>基准（累计）</translation>
    </message>
    <message>
        <source>No deals were created in this period with these filters, so there is no funnel to draw. Choose a longer period or clear a filter.</source>
        <translation>在此期间和筛选条件下没有新建商机，无法绘制漏斗。请选择更长的期间或清除筛选。</translation>
    </message>
    <message>
        <source>%1 reached (%2 deals)</source>
        <translation>到达 %1（%2 个商机）</translation>
    </message>
    <message>
        <source>1 deal reached</source>
        <translation>到达 1 个商机</translation>
    </message>
    <message>
        <source>%1 deals reached</source>
        <translation>到达 %1 个商机</translation>
    </message>
    <message>
        <source>100% — the cohort</source>
        <translation>100% —— 全部样本</translation>
    </message>
    <message>
        <source>every deal starts here</source>
        <translation>每个商机都从这里开始</translation>
    </message>
    <message>
        <source>Industry 100%</source>
        <translation>行业平均 100%</translation>
    </message>
    <message>
        <source>Excellent 100%</source>
        <translation>优秀企业 100%</translation>
    </message>
    <message>
        <source>%1 of initial contact</source>
        <translation>占初步接触 %1</translation>
    </message>
    <message>
        <source>Industry %1</source>
        <translation>行业平均 %1</translation>
    </message>
    <message>
        <source>Excellent %1</source>
        <translation>优秀企业 %1</translation>
    </message>
    <message>
        <source>%1: %2 of the %3 deals created in the period reached this stage or a later one.</source>
        <translation>%1：本期新建的 %3 个商机中，有 %2 个到达此阶段或更后阶段。</translation>
    </message>
    <message>
        <source>▼ Bottleneck: %1 carried on, industry %2</source>
        <translation>▼ 瓶颈：%1 继续推进，行业平均 %2</translation>
    </message>
    <message>
        <source>↓ %1 carried on (industry %2, excellent %3)</source>
        <translation>↓ %1 继续推进（行业平均 %2，优秀企业 %3）</translation>
    </message>
    <message>
        <source>Stage · deals that left it</source>
        <translation>阶段 · 离开该阶段的商机</translation>
    </message>
    <message>
        <source>Moved forward · share of those that left</source>
        <translation>向前推进 · 占离开商机的比例</translation>
    </message>
    <message>
        <source>Forward · lost · back</source>
        <translation>推进 · 输单 · 退回</translation>
    </message>
    <message>
        <source>Benchmark (step rate)</source>
        <translation>基准（阶段转化率）</translation>
    </message>
    <message>
        <source>No deal left a stage in this period with these filters. Choose a longer period or clear a filter.</source>
        <translation>在此期间和筛选条件下没有商机离开任何阶段。请选择更长的期间或清除筛选。</translation>
    </message>
    <message>
        <source>1 deal left it</source>
        <translation>离开 1 个商机</translation>
    </message>
    <message>
        <source>%1 deals left it</source>
        <translation>离开 %1 个商机</translation>
    </message>
    <message>
        <source>%1 · bottleneck</source>
        <translation>%1 · 瓶颈</translation>
    </message>
    <message>
        <source>%1 forward · %2 lost</source>
        <translation>推进 %1 · 输单 %2</translation>
    </message>
    <message>
        <source>%1 went back (not rated)</source>
        <translation>退回 %1（不计入比率）</translation>
    </message>
    <message>
        <source>Industry step %1</source>
        <translation>行业阶段转化 %1</translation>
    </message>
    <message>
        <source>Excellent step %1</source>
        <translation>优秀企业阶段转化 %1</translation>
    </message>
    <message>
        <source>%1: of the %2 deals that left this stage in the period, %3 moved forward and %4 were lost.</source>
        <translation>%1：本期离开此阶段的 %2 个商机中，%3 个向前推进，%4 个输单。</translation>
    </message>
    <message>
        <source>No bottleneck to name</source>
        <translation>无法判断瓶颈</translation>
    </message>
    <message>
        <source>No bottleneck</source>
        <translation>没有瓶颈</translation>
    </message>
    <message>
        <source>There are not enough deals in this period to rate the steps.</source>
        <translation>本期商机太少，无法评估各阶段转化。</translation>
    </message>
    <message>
        <source>Every step is at or above the industry step rate.</source>
        <translation>每个阶段的转化率都达到或超过行业平均。</translation>
    </message>
    <message>
        <source>Bottleneck: %1 → %2</source>
        <translation>瓶颈：%1 → %2</translation>
    </message>
    <message>
        <source>Only %1 of the deals moved on from %2 to %3, against an industry step rate of %4 (%5 percentage points below). No other step falls further short.</source>
        <translation>从%2推进到%3的商机只有 %1，而行业平均阶段转化率为 %4（低 %5 个百分点）。没有其他阶段比这里差得更多。</translation>
    </message>
    <message>
        <source>step rate %1</source>
        <translation>阶段转化率 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>按日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>应用筛选(&amp;A)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>实体：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportDryRunPage</name>
    <message>
        <source>Preview (dry run)</source>
        <translation>预览（试导入）</translation>
    </message>
    <message>
        <source>Every row is checked as if it were imported; nothing is written yet.</source>
        <translation>逐行按导入方式检查，目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import nothing (abort)</source>
        <translation>全部不导入（中止）</translation>
    </message>
    <message>
        <source>Skip the bad rows, import the others</source>
        <translation>跳过出错的行，导入其余行</translation>
    </message>
    <message>
        <source>Create missing &amp;customers</source>
        <translation>自动创建缺少的客户(&amp;C)</translation>
    </message>
    <message>
        <source>Create missing &amp;products</source>
        <translation>自动创建缺少的产品(&amp;P)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>On &amp;error:</source>
        <translation>出错时(&amp;E)：</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Errors and skipped</source>
        <translation>出错和跳过的行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>&amp;Save error list…</source>
        <translation>保存错误列表(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Go back to change the encoding, delimiter or mapping.</source>
        <translation>请返回修改编码、分隔符或字段映射。</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 with errors.</source>
        <translation>共 %1 行：新增 %2，更新 %3，无变化 %4，跳过 %5，出错 %6。</translation>
    </message>
    <message>
        <source>Some dates could be day/month or month/day: go back and choose the date order.</source>
        <translation>部分日期无法判断是“日/月”还是“月/日”：请返回选择日期顺序。</translation>
    </message>
    <message>
        <source>Rows with errors stop the import. Correct the file, or choose to skip the bad rows.</source>
        <translation>有出错的行时不会导入。请修正文件，或选择跳过出错的行。</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to write these changes.</source>
        <translation>目前尚未写入任何数据。点击“导入”写入以上变更。</translation>
    </message>
    <message>
        <source>Error list saved to %1.</source>
        <translation>错误列表已保存到 %1。</translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation>保存错误列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Rows with errors (%1) will be skipped and listed in the report.</source>
        <translation>出错的行（%1 行）将被跳过，并列入导入报告。</translation>
    </message>
    <message>
        <source>The list shows every problem and the first %1 other rows.</source>
        <translation>列表显示全部问题行，以及前 %1 条其他行。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportFormatPage</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 带 BOM</translation>
    </message>
    <message>
        <source>GB18030 (Chinese, GBK)</source>
        <translation>GB18030（中文，GBK）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252（西文）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>编码和分隔符</translation>
    </message>
    <message>
        <source>Check that the text reads correctly. If characters look garbled, choose another encoding.</source>
        <translation>请确认文字显示正确。如出现乱码，请换一种编码。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Automatic (ask when unclear)</source>
        <translation>自动（无法判断时询问）</translation>
    </message>
    <message>
        <source>Day/month (31/12/2025)</source>
        <translation>日/月（31/12/2025）</translation>
    </message>
    <message>
        <source>Month/day (12/31/2025)</source>
        <translation>月/日（12/31/2025）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Dates &amp;like 3/4/2025:</source>
        <translation>形如 3/4/2025 的日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>按当前设置无法读取文件：%1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>Columns: %1. Encoding: %2. Delimiter: %3.</source>
        <translation>列数：%1。编码：%2。分隔符：%3。</translation>
    </message>
    <message>
        <source>The first %1 records are shown.</source>
        <translation>仅显示前 %1 条记录。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <source>Choose the field each column of the file is imported as. Fields marked * are required.</source>
        <translation>为文件中的每一列选择要导入的字段。带 * 的字段为必填。</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>载入映射(&amp;L)…</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>必填字段：%1</translation>
    </message>
    <message>
        <source>No column is imported as the required field(s): %1.</source>
        <translation>以下必填字段没有对应的列：%1。</translation>
    </message>
    <message>
        <source>More than one column is imported as: %1.</source>
        <translation>以下字段对应了多个列：%1。</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>字段映射已保存到 %1。</translation>
    </message>
    <message>
        <source>This mapping is for %1, not %2.</source>
        <translation>此映射用于 %1，不适用于 %2。</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>已从 %1 载入字段映射。</translation>
    </message>
    <message>
        <source>Mapping loaded; the file has no column(s) %1, so they are left out.</source>
        <translation>字段映射已载入；文件中没有列 %1，已忽略。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存字段映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>载入字段映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportResultPage</name>
    <message>
        <source>Import complete</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The records are in the workspace. If something looks wrong, the import can be undone.</source>
        <translation>记录已写入工作区。如有问题，可以撤销本次导入。</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>无法撤销导入：%1</translation>
    </message>
    <message>
        <source>%1: %2 rows read — %3 added, %4 updated, %5 unchanged, %6 not imported.</source>
        <translation>%1：读取 %2 行 —— 新增 %3，更新 %4，无变化 %5，未导入 %6。</translation>
    </message>
    <message>
        <source>Backup taken before the import: %1</source>
        <translation>导入前的备份：%1</translation>
    </message>
    <message>
        <source>Report (every row not imported, with its reason): %1</source>
        <translation>导入报告（列出每一条未导入的行及原因）：%1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入导入报告：%1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>another import was made after this one; undo that one first.</source>
        <translation>此后又进行过其他导入，请先撤销那一次。</translation>
    </message>
    <message>
        <source>The import was undone: %1 added record(s) removed, %2 updated record(s) given their previous values back.</source>
        <translation>已撤销导入：删除了新增的 %1 条记录，%2 条更新的记录已恢复原值。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The workspace is backed up first; the rows are then written in one transaction.</source>
        <translation>先备份工作区，再在一个事务中写入所有行。</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>导入失败，未写入任何数据。</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>正在从 %2 导入%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The folder for import reports cannot be created.</source>
        <translation>无法创建存放导入报告的文件夹。</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>导入什么</translation>
    </message>
    <message>
        <source>Choose what the file holds and the CSV file to read. Nothing is written until the last step.</source>
        <translation>选择文件中的数据类型和要读取的 CSV 文件。在最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>.csv 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>数据(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Tip: you can also drag a CSV file onto the main window.</source>
        <translation>提示：也可以直接把 CSV 文件拖到主窗口上。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 — %2, to be read as %3.</source>
        <translation>%1 —— %2，将作为“%3”读取。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
</context>
<context>
    <name>sb::ui::InventoryTables</name>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>补货周期（天）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>COGS</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <source>Inventory value</source>
        <translation>库存价值</translation>
    </message>
    <message>
        <source>Turns / year</source>
        <translation>周转次数/年</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>周转天数</translation>
    </message>
    <message>
        <source>Benchmark (≥ 8 turns, ≤ 45 days)</source>
        <translation>基准（≥ 8 次，≤ 45 天）</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（无产品线）</translation>
    </message>
    <message>
        <source>%1 (%2 without cost)</source>
        <translation>%1（%2 个无成本）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Daily demand</source>
        <translation>日均需求</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Suggested quantity</source>
        <translation>建议补货量</translation>
    </message>
</context>
<context>
    <name>sb::ui::LostReasonDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <source>Why was %1 lost? The reason and the competitor feed the lost-deal analysis on the Funnel page.</source>
        <translation>%1 为什么输单？输单原因和竞争对手会进入销售漏斗页面的输单分析。</translation>
    </message>
    <message>
        <source>Who won the deal, if anyone</source>
        <translation>赢得该单的竞争对手（如有）</translation>
    </message>
    <message>
        <source>&amp;Edit lost reasons…</source>
        <translation>编辑输单原因(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>输单原因(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>竞争对手(&amp;C)：</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>标记为输单(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>请选择输单原因。</translation>
    </message>
</context>
<context>
    <name>sb::ui::LostReasonStore</name>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>输单原因不能为空。</translation>
    </message>
    <message>
        <source>A lost reason is at most 200 characters.</source>
        <translation>输单原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>check the lost reasons</source>
        <translation>检查输单原因</translation>
    </message>
    <message>
        <source>The lost reason &quot;%1&quot; is already in the list.</source>
        <translation>输单原因“%1”已在列表中。</translation>
    </message>
    <message>
        <source>read the lost reasons</source>
        <translation>读取输单原因</translation>
    </message>
    <message>
        <source>That lost reason no longer exists.</source>
        <translation>该输单原因已不存在。</translation>
    </message>
    <message>
        <source>add a lost reason</source>
        <translation>添加输单原因</translation>
    </message>
    <message>
        <source>rename a lost reason</source>
        <translation>重命名输单原因</translation>
    </message>
    <message>
        <source>remove a lost reason</source>
        <translation>删除输单原因</translation>
    </message>
</context>
<context>
    <name>sb::ui::LostReasonsEditor</name>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is marked lost. Lost deals keep the reason they were given, even when it is renamed or removed here.</source>
        <translation>将商机标记为输单时可选的原因。已输单的商机保留当时记录的原因，即使在这里重命名或删除。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Add lost reason</source>
        <translation>添加输单原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation>重命名输单原因</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time SalesBench starts.</source>
        <translation>新的语言将在下次启动销售工作台时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SalesBench</source>
        <translation>关于销售工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>SalesBench</source>
        <translation>销售工作台</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>%1 (read-only) — SalesBench</source>
        <translation>%1（只读）— 销售工作台</translation>
    </message>
    <message>
        <source>%1 — SalesBench</source>
        <translation>%1 — 销售工作台</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>演示工作区：%1</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>办事处 %1</translation>
    </message>
    <message>
        <source>Another program holds this workspace; changes cannot be saved.</source>
        <translation>另一个程序正在使用此工作区，无法保存更改。</translation>
    </message>
    <message>
        <source>On a network share</source>
        <translation>位于网络共享</translation>
    </message>
    <message>
        <source>SQLite workspaces are not safe on network shares when several people write at once. Copy the workspace to a local disk, or use office sync.</source>
        <translation>多人同时写入时，放在网络共享上的 SQLite 工作区并不安全。请将工作区复制到本地磁盘，或使用办事处同步。</translation>
    </message>
    <message>
        <source>About SalesBench</source>
        <translation>关于销售工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesBench %1&lt;/h3&gt;&lt;p&gt;A workbench for sales operations: customers, opportunities, orders, targets and commissions in one local workspace.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;销售工作台 %1&lt;/h3&gt;&lt;p&gt;面向销售运营的工作台：客户、商机、订单、销售目标和销售提成集中在一个本地工作区中。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
</context>
<context>
    <name>sb::ui::MoveStageCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移到“%2”</translation>
    </message>
</context>
<context>
    <name>sb::ui::MovedCustomersModel</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Earlier revenue</source>
        <translation>对比期销售额</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rank in the earlier period → rank now</source>
        <translation>对比期排名 → 当前排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
</context>
<context>
    <name>sb::ui::OpportunitiesPage</name>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>%1 is %2: won and lost deals are closed and do not move.</source>
        <translation>%1 已%2：成交签约和输单的商机已关闭，不能再移动。</translation>
    </message>
    <message>
        <source>%1 cannot jump from %2 to %3: a deal is won only out of %4.</source>
        <translation>%1 不能从“%2”直接跳到“%3”：只有处于“%4”的商机才能成交签约。</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3.</source>
        <translation>%1 不能从“%2”移到“%3”。</translation>
    </message>
    <message>
        <source>&amp;New opportunity</source>
        <translation>新建商机(&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add an opportunity (%1)</source>
        <translation>新增一个商机（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit opportunity…</source>
        <translation>编辑商机(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected opportunity (Enter)</source>
        <translation>打开所选商机（Enter）</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移到(&amp;M)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Move the selected deal to another stage (%1; on the board also Ctrl+Right / Ctrl+Left)</source>
        <translation>将所选商机移到其他阶段（%1；在看板上也可用 Ctrl+右 / Ctrl+左）</translation>
    </message>
    <message>
        <source>Lost &amp;reasons…</source>
        <translation>输单原因(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit the list of reasons offered when a deal is lost</source>
        <translation>编辑标记输单时可选的原因列表</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Every deal from first contact to signing. Drag a card to another column (or press Ctrl+Right / Ctrl+Left) to move its stage; every move is recorded and can be undone.</source>
        <translation>从初步接触到成交签约的每一个商机。把卡片拖到另一列（或按 Ctrl+右 / Ctrl+左）即可变更阶段；每次变更都有记录，并可撤销。</translation>
    </message>
    <message>
        <source>Search code, customer, title, owner, source… (%1)</source>
        <translation>搜索编码、客户、名称、负责人、来源…（%1）</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>阶段筛选</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation>进行中的阶段</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>负责人筛选</translation>
    </message>
    <message>
        <source>Pipeline &amp;board</source>
        <translation>商机看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>列表(&amp;T)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Loading opportunities…</source>
        <translation>正在读取商机…</translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation>1 个商机</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <source>%1 of %2 opportunities</source>
        <translation>%1 / %2 个商机</translation>
    </message>
    <message>
        <source>The board shows every stage as a column.</source>
        <translation>看板把每个阶段显示为一列。</translation>
    </message>
    <message>
        <source>&amp;Open opportunity…</source>
        <translation>打开商机(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>That opportunity is no longer in the list.</source>
        <translation>该商机已不在列表中。</translation>
    </message>
    <message>
        <source>The workspace is open read-only; stages cannot be changed.</source>
        <translation>工作区以只读方式打开，不能变更阶段。</translation>
    </message>
    <message>
        <source>The move was not saved.</source>
        <translation>阶段变更未保存。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a deal first</source>
        <translation>请先选择一个商机</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>sb::ui::OpportunityDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>商机 %1</translation>
    </message>
    <message>
        <source>Type a customer code or name</source>
        <translation>输入客户编码或名称</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>e.g. 125000.00</source>
        <translation>例如 125000.00</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. 2 packaging lines, spare parts</source>
        <translation>例如 2 条包装线、备件</translation>
    </message>
    <message>
        <source>Who else is bidding, separated by commas</source>
        <translation>还有谁在竞标，用逗号分隔</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Products needed:</source>
        <translation>需求产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>竞争情况(&amp;M)：</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售进程</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>赢单概率(&amp;R)：</translation>
    </message>
    <message>
        <source>Created o&amp;n:</source>
        <translation>创建日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计成交日(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>%1 — change it on the pipeline board or with Move to….</source>
        <translation>%1 —— 请在商机看板上或用“移到…”变更阶段。</translation>
    </message>
    <message>
        <source>(deleted sales rep)</source>
        <translation>（已删除的销售代表）</translation>
    </message>
    <message>
        <source>Enter an amount such as 125000.00 (two decimals at most).</source>
        <translation>请输入金额，例如 125000.00（最多两位小数）。</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;; pick one from the list.</source>
        <translation>没有客户与“%1”匹配，请从列表中选择。</translation>
    </message>
    <message>
        <source>The expected close cannot be before the deal was created.</source>
        <translation>预计成交日不能早于商机创建日期。</translation>
    </message>
    <message>
        <source>The opportunity code %1 is already in use.</source>
        <translation>商机编码 %1 已被使用。</translation>
    </message>
</context>
<context>
    <name>sb::ui::OpportunityQueries</name>
    <message>
        <source>read the opportunities</source>
        <translation>读取商机</translation>
    </message>
</context>
<context>
    <name>sb::ui::OpportunityTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>输单：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>商机编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
</context>
<context>
    <name>sb::ui::OrderDialog</name>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>Contract &amp;review</source>
        <translation>合同审核(&amp;R)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+Enter)</source>
        <translation>保存订单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>（选择客户）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation>例如：30 天净付</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>订单编号(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>下单日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>付款条件(&amp;P)：</translation>
    </message>
    <message>
        <source>De&amp;livery status:</source>
        <translation>交付状态(&amp;L)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add line (Insert)</source>
        <translation>添加明细(&amp;A) (Insert)</translation>
    </message>
    <message>
        <source>Re&amp;move line (Delete)</source>
        <translation>删除明细(&amp;M) (Delete)</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>订单明细：</translation>
    </message>
    <message>
        <source>A flagged point blocks confirming the order unless it is overridden with a reason.</source>
        <translation>标记风险的要点会阻止确认订单，除非填写理由强制通过。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>A unit price is not a number with up to four decimals.</source>
        <translation>单价不是最多四位小数的数字。</translation>
    </message>
</context>
<context>
    <name>sb::ui::OrderLinesEditor</name>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>明细金额</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>%1 %2 — price %3, cost %4, stock %5</source>
        <translation>%1 %2 — 单价 %3，成本 %4，库存 %5</translation>
    </message>
</context>
<context>
    <name>sb::ui::OrderTableModel</name>
    <message>
        <source>Pending</source>
        <translation>待交付</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分交付</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Contract flags</source>
        <translation>合同风险</translation>
    </message>
</context>
<context>
    <name>sb::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>新建订单(&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>编辑订单(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation>打开所选订单 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the order after the contract review (%1)</source>
        <translation>合同审核后确认订单 (%1)</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>交付(&amp;D)</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Mark the order delivered; its quantities leave the stock (%1)</source>
        <translation>将订单标记为已交付；其数量从库存扣减 (%1)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>C&amp;ancel order</source>
        <translation>取消订单(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Show the change history of the selected order (%1)</source>
        <translation>显示所选订单的变更历史 (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Orders and contracts with their lines. Confirm an order after its contract review; flagged risks need an explicit override with a reason.</source>
        <translation>订单与合同及其明细。合同审核后确认订单；标记的风险需填写理由明确强制通过。</translation>
    </message>
    <message>
        <source>Search number, customer, owner… (%1)</source>
        <translation>搜索订单编号、客户、负责人… (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>按日期(&amp;D)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>审核队列(&amp;R)</translation>
    </message>
    <message>
        <source>Only orders with flagged contract points</source>
        <translation>仅显示有合同风险标记的订单</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 / %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>Override contract review</source>
        <translation>强制通过合同审核</translation>
    </message>
    <message>
        <source>Order %1 has flagged contract points. Confirming it anyway is an override that is recorded in the history.

Reason for the override:</source>
        <translation>订单 %1 有标记风险的合同要点。仍要确认即为强制通过，将记入操作日志。

强制通过的理由：</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>强制通过需要填写理由。</translation>
    </message>
    <message>
        <source>Cancel the selected order?</source>
        <translation>取消所选订单？</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
</context>
<context>
    <name>sb::ui::ParetoChartView</name>
    <message>
        <source>Pareto chart</source>
        <translation>帕累托图</translation>
    </message>
    <message>
        <source>No revenue in %1</source>
        <translation>%1 没有销售额</translation>
    </message>
    <message>
        <source>Pareto chart: revenue by customer, %1</source>
        <translation>帕累托图：客户销售额，%1</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>销售额累计占比</translation>
    </message>
    <message>
        <source>%1 threshold (%2)</source>
        <translation>%1类阈值（%2）</translation>
    </message>
    <message>
        <source>Customers by rank</source>
        <translation>按排名排列的客户</translation>
    </message>
    <message>
        <source>Customers by rank (one bar per %1 customers)</source>
        <translation>按排名排列的客户（每根柱代表 %1 个客户）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Average revenue per customer</source>
        <translation>每个客户的平均销售额</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Ranks %1–%2</source>
        <translation>第 %1–%2 名</translation>
    </message>
    <message>
        <source>%1, %2
Revenue per customer: %3
Cumulative share: %4</source>
        <translation>%1，%2
每个客户的销售额：%3
累计占比：%4</translation>
    </message>
</context>
<context>
    <name>sb::ui::PipelineBoard</name>
    <message>
        <source>Move to the next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 个商机</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 deals, %2 in total</source>
        <translation>%1 个商机，合计 %2</translation>
    </message>
    <message>
        <source>+%1 more (the %2 most recent are shown; search to find others)</source>
        <translation>另有 %1 个（仅显示最近的 %2 个；用搜索查找其他）</translation>
    </message>
    <message>
        <source>+%1 more (the %2 largest are shown; search to find others)</source>
        <translation>另有 %1 个（仅显示金额最大的 %2 个；用搜索查找其他）</translation>
    </message>
    <message>
        <source>Each card: customer · title · amount · owner · expected close · days in this stage (red from 30 days, or once the close date has passed). Drag a card to another column, or select it and press Ctrl+Right / Ctrl+Left; Left and Right move between columns, Enter opens the deal.</source>
        <translation>每张卡片：客户 · 商机名称 · 金额 · 负责人 · 预计成交日 · 阶段停留天数（满 30 天或已过预计成交日时显示为红色）。把卡片拖到另一列，或选中后按 Ctrl+右 / Ctrl+左 变更阶段；左右方向键在列之间移动，Enter 打开商机。</translation>
    </message>
</context>
<context>
    <name>sb::ui::PipelineBoardModel</name>
    <message>
        <source>%1 · %2
%3
%4 · %5</source>
        <translation>%1 · %2
%3
%4 · %5</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message>
        <source>Expected to close on %1</source>
        <translation>预计成交日 %1</translation>
    </message>
    <message>
        <source>No expected close date</source>
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>In this stage for 1 day</source>
        <translation>已在此阶段停留 1 天</translation>
    </message>
    <message>
        <source>In this stage for %1 days</source>
        <translation>已在此阶段停留 %1 天</translation>
    </message>
</context>
<context>
    <name>sb::ui::PipelineHealthView</name>
    <message>
        <source>Win rate</source>
        <translation>签约率</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Deals at risk</source>
        <translation>风险商机</translation>
    </message>
    <message>
        <source>Lost reasons by stage (the stage the deal had reached)</source>
        <translation>按阶段的输单原因（商机已到达的阶段）</translation>
    </message>
    <message>
        <source>Lost deals by competitor</source>
        <translation>按竞争对手的输单</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>停滞判定(&amp;S)：</translation>
    </message>
    <message>
        <source>At risk: open deals breaking the 2-2-2 rule or gone stale</source>
        <translation>风险商机：违反 2-2-2 跟进规则或已停滞的进行中商机</translation>
    </message>
    <message>
        <source>Time in stage (days, deals created in the period)</source>
        <translation>阶段停留时间（天，本期新建商机）</translation>
    </message>
    <message>
        <source>Weighted pipeline by expected close month (open deals today)</source>
        <translation>按预计成交月份的加权商机金额（当前进行中的商机）</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>将此图表保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>below the B2B range of 15–25%</source>
        <translation>低于 B2B 平均 15–25%</translation>
    </message>
    <message>
        <source>above the B2B range of 15–25%</source>
        <translation>高于 B2B 平均 15–25%</translation>
    </message>
    <message>
        <source>within the B2B range of 15–25%</source>
        <translation>处于 B2B 平均 15–25% 之内</translation>
    </message>
    <message>
        <source>%1 won of %2 closed in the period — %3</source>
        <translation>本期关闭 %2 个，成交 %1 个——%3</translation>
    </message>
    <message>
        <source>No deal was won or lost in the period (B2B average: 15–25%).</source>
        <translation>本期没有成交或输单的商机（B2B 平均：15–25%）。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>median; mean %1 days, over %2 won deals (creation to won)</source>
        <translation>中位数；平均 %1 天，基于 %2 个成交商机（从创建到成交）</translation>
    </message>
    <message>
        <source>No deal was won in the period.</source>
        <translation>本期没有成交的商机。</translation>
    </message>
    <message>
        <source>Σ amount × stage probability over %1 open deals worth %2</source>
        <translation>Σ 金额 × 阶段概率，基于 %1 个进行中商机（金额 %2）</translation>
    </message>
    <message>
        <source>%1 stale (no change for %2+ days), %3 breaking 2-2-2</source>
        <translation>停滞 %1 个（%2 天以上无变化），违反 2-2-2 %3 个</translation>
    </message>
    <message>
        <source>2-2-2 rule: first contact within 2 days of the lead, needs confirmed within 2 weeks, a decision within 2 months. %1 deals of the period that are already closed also broke it and are not listed.</source>
        <translation>2-2-2 规则：获得线索 2 天内首次联系，2 周内确认需求，2 个月内做出决策。本期另有 %1 个已关闭的商机也违反了该规则，未列出。</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted (× probability)</source>
        <translation>加权（× 概率）</translation>
    </message>
    <message>
        <source>Amount (ten thousands)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Amount (thousands)</source>
        <translation>金额（千元）</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到达阶段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（无原因）</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProductsPage</name>
    <message>
        <source>Products &amp; Inventory</source>
        <translation>产品与库存</translation>
    </message>
    <message>
        <source>Products with price, cost and stock; inventory turnover against the benchmark and what to reorder now.</source>
        <translation>产品的单价、成本与库存；库存周转率与基准对比，以及当前需要补货的产品。</translation>
    </message>
    <message>
        <source>Search SKU, name, product line…</source>
        <translation>搜索产品编码、名称、产品线…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Export reorder list (CSV)…</source>
        <translation>导出补货清单 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Replenishment: products at or below their reorder point</source>
        <translation>补货：库存不高于补货点的产品</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>库存(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s), %1 to reorder</source>
        <translation>
            <numerusform>%n 个产品，%1 个需补货</numerusform>
        </translation>
    </message>
    <message>
        <source>Export reorder list</source>
        <translation>导出补货清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReferenceLists</name>
    <message>
        <source>read a selection list</source>
        <translation>读取选择列表</translation>
    </message>
</context>
<context>
    <name>sb::ui::RowOutcomeModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>变更内容或原因</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>sb::ui::StartOptions</name>
    <message>
        <source>SalesBench — sales operations workbench.</source>
        <translation>销售工作台 — 销售运营工作台。</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>打开工作区文件 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it when missing.</source>
        <translation>打开演示工作区，不存在时自动创建。</translation>
    </message>
    <message>
        <source>User-interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Open the page NAME: %1.</source>
        <translation>打开页面 NAME：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) and exit.</source>
        <translation>将窗口截图保存为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Use either --workspace or --demo, not both.</source>
        <translation>请在 --workspace 和 --demo 中二选一，不能同时使用。</translation>
    </message>
    <message>
        <source>Unknown language %1; use one of: %2.</source>
        <translation>未知的语言 %1；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown page %1; use one of: %2.</source>
        <translation>未知的页面 %1；可选：%2。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot 需要一个文件名。</translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This office&apos;s value</source>
        <translation>本办事处的值</translation>
    </message>
    <message>
        <source>Other office&apos;s value</source>
        <translation>对方办事处的值</translation>
    </message>
    <message>
        <source>Kept value of</source>
        <translation>保留的值来自</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已查看</translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Fields that both offices changed. Both offices kept the same value (the newer change); the other value is listed here so you can check it.</source>
        <translation>双方办事处都修改过的字段。两边保留的是同一个值（较新的修改）；另一个值列在这里，供您核对。</translation>
    </message>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>同时显示已查看的冲突(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;selected as reviewed</source>
        <translation>将所选标记为已查看(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;all as reviewed</source>
        <translation>全部标记为已查看(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export conflicts</source>
        <translation>导出冲突列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Conflicts exported to %1.</source>
        <translation>冲突列表已导出到 %1。</translation>
    </message>
    <message>
        <source>Conflicts shown: %1.</source>
        <translation>显示的冲突：%1 条。</translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncExportDialog</name>
    <message>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>任意办事处</translation>
    </message>
    <message>
        <source>&amp;Every record, not only the changes since the last package</source>
        <translation>包含全部记录，而不仅是上次同步包之后的变更(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>同步包所在文件夹</translation>
    </message>
    <message>
        <source>This office:</source>
        <translation>本办事处：</translation>
    </message>
    <message>
        <source>&amp;For office:</source>
        <translation>发往办事处(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation>保存到文件夹(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>A package cannot be meant for this office itself.</source>
        <translation>同步包不能发给本办事处自己。</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>The package is written as the folder %1.</source>
        <translation>同步包将写为文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomePanel</name>
    <message>
        <source>Welcome to SalesBench</source>
        <translation>欢迎使用销售工作台</translation>
    </message>
    <message>
        <source>No workspace is open. A workspace is one file that holds your customers, opportunities and orders. Start with the demo workspace to look around, or create your own.</source>
        <translation>当前未打开工作区。一个工作区就是一个文件，保存您的客户、商机和订单。可以先打开演示工作区看看，或者新建自己的工作区。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspaceActions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;eset demo workspace…</source>
        <translation>重置演示工作区(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>无法创建演示工作区</translation>
    </message>
    <message>
        <source>Reset demo workspace</source>
        <translation>重置演示工作区</translation>
    </message>
    <message>
        <source>Delete the demo workspace and create it afresh? Changes made in the demo are lost.</source>
        <translation>删除演示工作区并重新创建吗？在演示工作区中所做的更改将会丢失。</translation>
    </message>
    <message>
        <source>The demo workspace is in use by another program and cannot be replaced.</source>
        <translation>演示工作区正被另一个程序使用，无法替换。</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 已存在。要改为打开它吗？</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Choose a file other than the workspace itself.</source>
        <translation>请选择工作区本身以外的文件。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2? Everything changed since the backup was made is lost.</source>
        <translation>用备份 %2 替换工作区 %1 吗？备份之后所做的全部更改都将丢失。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePaths</name>
    <message>
        <source>SalesBench workspaces (*.salesbench);;All files (*)</source>
        <translation>销售工作台工作区 (*.salesbench);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::abcformat</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>sb::ui::format</name>
    <message>
        <source>%1 hundred million</source>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1 ten-thousand</source>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
