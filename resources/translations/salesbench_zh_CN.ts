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
        <source>The sync file %1 was changed after it was written (opened and saved in a spreadsheet?) — import it as an ordinary CSV import instead.</source>
        <translation>同步文件 %1 在写出后被修改过（是否在电子表格中打开并保存过？）——请改用普通的 CSV 导入。</translation>
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
</context>
<context>
    <name>sb::core::Applier</name>
    <message>
        <source>The table %1 does not start with its id.</source>
        <translation>表 %1 的第一列不是 id。</translation>
    </message>
    <message>
        <source>A row of %1 has no id.</source>
        <translation>%1 中有一行没有 id。</translation>
    </message>
    <message>
        <source>read a record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>save a record from the sync package</source>
        <translation>保存同步包中的记录</translation>
    </message>
    <message>
        <source>The %1 %2 (id %3) from office %4 cannot be stored: %5. Either a record here has the same key, or it refers to a record this office does not have (import that office&apos;s earlier packages first, or ask it for a full package). Nothing was imported.</source>
        <translation>来自办事处 %4 的%1 %2（id %3）无法保存：%5。可能是这里已有相同键的记录，或它引用了本办事处没有的记录（请先导入该办事处之前的同步包，或请对方发送完整同步包）。未导入任何内容。</translation>
    </message>
    <message>
        <source>record a sync conflict</source>
        <translation>记录同步冲突</translation>
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
        <source>The file is not valid %1 text near this line; choose another encoding.</source>
        <translation>文件在此行附近不是有效的 %1 文本，请选择其他编码。</translation>
    </message>
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
        <source>Order %1 belongs to another customer than &quot;%2&quot;.</source>
        <translation>订单 %1 属于其他客户，而不是“%2”。</translation>
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
    <name>sb::ui::AddCustomerCommand</name>
    <message>
        <source>Add customer %1</source>
        <translation>新增客户 %1</translation>
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
    <name>sb::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
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
</context>
<context>
    <name>sb::ui::ReferenceLists</name>
    <message>
        <source>read a selection list</source>
        <translation>读取选择列表</translation>
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
</TS>
