<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sb::LostReasonStore</name>
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
    <name>sb::OpportunityQueries</name>
    <message>
        <source>read the opportunities</source>
        <translation>读取商机</translation>
    </message>
</context>
<context>
    <name>sb::ReferenceLists</name>
    <message>
        <source>read a selection list</source>
        <translation>读取选择列表</translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>Usage: %1 [--db FILE] COMMAND [options]</source>
        <translation>用法：%1 [--db 文件] 命令 [选项]</translation>
    </message>
    <message>
        <source>The SalesBench command line: workspaces, demo data, checks and backups.</source>
        <translation>销售工作台命令行：工作区、演示数据、检查与备份。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Workspace file (default: $SALESBENCH_DB, else %1).</source>
        <translation>工作区文件（默认：$SALESBENCH_DB，否则为 %1）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行“%1 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage error, 2 input data rejected (nothing written), 3 database error.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入数据被拒绝（未写入任何内容），3 数据库错误。</translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for more.</source>
        <translation>运行“%1 --help”了解更多。</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for the options.</source>
        <translation>运行“%1 %2 --help”查看选项。</translation>
    </message>
    <message>
        <source>Unexpected failure: %1</source>
        <translation>意外故障：%1</translation>
    </message>
    <message>
        <source>Workspace file (same as the global --db).</source>
        <translation>工作区文件（与全局 --db 相同）。</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>输出格式：table、json 或 csv。</translation>
    </message>
    <message>
        <source>No workspace file given.</source>
        <translation>未指定工作区文件。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table, json or csv.</source>
        <translation>未知格式“%1”；请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>缺少参数：%1。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2 [options]</source>
        <translation>用法：%1 [--db 文件] %2 [选项]</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>分类方法</translation>
    </message>
    <message>
        <source>A up to %1 % of revenue, B up to %2 %</source>
        <translation>A类：累计销售额占比至 %1 %，B类：至 %2 %</translation>
    </message>
    <message>
        <source>A the top %1 % of customers, B the next %2 %</source>
        <translation>A类：前 %1 % 的客户，B类：其后 %2 % 的客户</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>客户类别</translation>
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
        <source>Customer share</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源投入占比</translation>
    </message>
    <message>
        <source>Customers (the top %1 of %2; --limit N shows more, --format json or csv all)</source>
        <translation>客户（共 %2 个中的前 %1 个；--limit N 显示更多，--format json 或 csv 显示全部）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>ABC customer segmentation: ranks customers by revenue (confirmed, delivered and closed orders by order date) over a period and puts them in classes A, B and C. The period defaults to the last 12 months ending today.</source>
        <translation>ABC客户分类：按一段时期内的销售额（已确认、已交付和已关闭的订单，按下单日期计）对客户排名，并分为 A类、B类、C类客户。默认时期为截至今天的最近 12 个月。</translation>
    </message>
    <message>
        <source>First day of the period (default: 12 months before --to).</source>
        <translation>时期的第一天（默认：--to 之前 12 个月）。</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>时期的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>Class A holds the customers up to this cumulative revenue share, in percent (default 80).</source>
        <translation>A类客户：累计销售额占比达到此百分比为止的客户（默认 80）。</translation>
    </message>
    <message>
        <source>Class B holds the customers up to this cumulative revenue share, in percent (default 95).</source>
        <translation>B类客户：累计销售额占比达到此百分比为止的客户（默认 95）。</translation>
    </message>
    <message>
        <source>revenue (by cumulative revenue share, default) or count (top 20 % of customers A, next 30 % B).</source>
        <translation>revenue（按累计销售额占比，默认）或 count（前 20 % 的客户为 A类，其后 30 % 为 B类）。</translation>
    </message>
    <message>
        <source>Customers listed (0 = all; default: %1 in a table, all in JSON and CSV).</source>
        <translation>列出的客户数（0 = 全部；默认：表格中 %1 个，JSON 和 CSV 中全部）。</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>日期必须为 YYYY-MM-DD 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>时期的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>Thresholds are percentages from 0 to 100, not &apos;%1&apos;.</source>
        <translation>阈值必须是 0 到 100 之间的百分比，而不是“%1”。</translation>
    </message>
    <message>
        <source>Threshold a (%1) must not exceed threshold b (%2).</source>
        <translation>阈值 a（%1）不得大于阈值 b（%2）。</translation>
    </message>
    <message>
        <source>Unknown method &apos;%1&apos;; use revenue or count.</source>
        <translation>未知方法“%1”；请使用 revenue 或 count。</translation>
    </message>
    <message>
        <source>The limit must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>数量上限必须是大于或等于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Copies the workspace into FILE and checks the copy. Reads only: the workspace may be open in the app meanwhile.</source>
        <translation>将工作区复制到“文件”并检查副本。只读操作：工作区此时可以在应用中打开。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>The backup file cannot be the workspace itself.</source>
        <translation>备份文件不能是工作区本身。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema version %3, office %4).</source>
        <translation>已从 %2 恢复 %1（架构版本 %3，办事处 %4）。</translation>
    </message>
    <message>
        <source>Checks the workspace file (SQLite integrity and foreign keys) and the consistency of its data: order and line amounts, opportunity stages and history, closed deals, references to deleted records, unique keys, target splits. Prints one line per problem; exits 0 when there is none and 2 otherwise. Reads only: the workspace may be open in the app meanwhile.</source>
        <translation>检查工作区文件（SQLite 完整性和外键）及其数据的一致性：订单与订单明细金额、商机阶段及其历史、已关闭的商机、对删除记录的引用、唯一键、目标分解。每个问题输出一行；没有问题时退出码为 0，否则为 2。只读操作：工作区此时可以在应用中打开。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>OK: %1 passed the integrity and consistency checks.</source>
        <translation>正常：%1 通过了完整性检查和一致性检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>在 %1 中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>正在生成演示数据：%1%</translation>
    </message>
    <message>
        <source>Fills an empty workspace with realistic, deterministic demo data: the same seed and date give the same data.</source>
        <translation>用逼真且可重现的演示数据填充空工作区：相同的种子和日期生成相同的数据。</translation>
    </message>
    <message>
        <source>Random seed (default 20250301).</source>
        <translation>随机种子（默认 20250301）。</translation>
    </message>
    <message>
        <source>small (about 300 customers), medium (5 000), large (50 000), or N-orders for N order lines.</source>
        <translation>small（约 300 个客户）、medium（5 000 个）、large（50 000 个），或 N-orders 表示 N 条订单明细。</translation>
    </message>
    <message>
        <source>The date the data is generated up to (default: today).</source>
        <translation>数据生成截至的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &apos;%1&apos;.</source>
        <translation>种子必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos;; use small, medium, large or N-orders.</source>
        <translation>未知规模“%1”；请使用 small、medium、large 或 N-orders。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
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
        <source>Tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Writes one entity to a CSV or XLSX file: English snake_case headers, references by code, amounts with two decimals, ISO dates. &apos;export all DIR&apos; writes one file per entity into DIR. Entities: %1.</source>
        <translation>将一个实体写入 CSV 或 XLSX 文件：英文 snake_case 表头，按编码引用其他记录，金额保留两位小数，日期为 ISO 格式。“export all 目录”为每个实体在该目录中写入一个文件。实体：%1。</translation>
    </message>
    <message>
        <source>What to export, or &apos;all&apos;.</source>
        <translation>要导出的内容，或“all”。</translation>
    </message>
    <message>
        <source>The file to write (a folder for &apos;all&apos;).</source>
        <translation>要写入的文件（“all”时为文件夹）。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file&apos;s extension, else csv).</source>
        <translation>csv 或 xlsx（默认：按文件扩展名，否则为 csv）。</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8-bom (default; spreadsheets recognise it), utf-8 or gb18030.</source>
        <translation>CSV 文本编码：utf-8-bom（默认；电子表格能识别）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Mask personal data: phone numbers, people&apos;s names, e-mail.</source>
        <translation>客户数据脱敏：联系电话、人名、电子邮箱。</translation>
    </message>
    <message>
        <source>Unknown entity &apos;%1&apos;; one of: %2, or all.</source>
        <translation>未知实体“%1”；可选：%2，或 all。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use utf-8-bom, utf-8 or gb18030.</source>
        <translation>未知编码“%1”；请使用 utf-8-bom、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use csv or xlsx.</source>
        <translation>未知格式“%1”；请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV only; XLSX files are always Unicode.</source>
        <translation>--encoding 仅适用于 CSV；XLSX 文件始终为 Unicode。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 行导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Exported %1 row(s) of %2 entities to %3.</source>
        <translation>已将 %2 个实体的 %1 行导出到 %3。</translation>
    </message>
    <message>
        <source>all opportunities</source>
        <translation>全部商机</translation>
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
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业平均</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀企业</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <source>Industry step</source>
        <translation>行业平均阶段转化率</translation>
    </message>
    <message>
        <source>Excellent step</source>
        <translation>优秀企业阶段转化率</translation>
    </message>
    <message>
        <source>Funnel by amount</source>
        <translation>销售漏斗（按金额）</translation>
    </message>
    <message>
        <source>Funnel by count</source>
        <translation>销售漏斗（按数量）</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开数</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>推进数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>回退数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Bottleneck: none; no step falls below the industry step rate.</source>
        <translation>瓶颈：无；没有低于行业平均阶段转化率的阶段。</translation>
    </message>
    <message>
        <source>Bottleneck: %1 → %2, %3 against the industry&apos;s %4.</source>
        <translation>瓶颈：%1 → %2，为 %3，行业平均为 %4。</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>pipeline conversion (of the deals created in the period, the share that reached each stage)</source>
        <translation>管道转化率（在该时期创建的商机中，到达各阶段的比例）</translation>
    </message>
    <message>
        <source>stage conversion (of the deals that left a stage in the period, the share that moved forward rather than to lost)</source>
        <translation>阶段转化率（在该时期离开某阶段的商机中，向前推进而非输单的比例）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交签约</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>签约率</translation>
    </message>
    <message>
        <source>%1 (B2B average 15–25 %)</source>
        <translation>%1（B2B 平均 15–25 %）</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>median %1, mean %2 (%3 won deals, creation to won)</source>
        <translation>中位数 %1，平均 %2（%3 个成交商机，从创建到成交签约）</translation>
    </message>
    <message>
        <source>The sales funnel: how many opportunities reached each stage, cumulative and step rates beside the industry-average and excellent benchmarks, win rate and sales cycle of the deals closed in the period, and the bottleneck step with the handbook&apos;s advice. The period bounds the creation date of the cohort and the close date of won and lost deals; without --from and --to the funnel covers all opportunities.</source>
        <translation>销售漏斗：到达各阶段的商机数，累计转化率和阶段转化率及其与行业平均、优秀企业基准的对比，该时期内关闭的商机的签约率和销售周期，以及瓶颈阶段和手册中的建议。时期限定商机的创建日期以及成交签约和输单的关闭日期；不指定 --from 和 --to 时漏斗涵盖全部商机。</translation>
    </message>
    <message>
        <source>First day of the period (default: all opportunities).</source>
        <translation>时期的第一天（默认：全部商机）。</translation>
    </message>
    <message>
        <source>Last day of the period (default: all opportunities).</source>
        <translation>时期的最后一天（默认：全部商机）。</translation>
    </message>
    <message>
        <source>Only the opportunities of this sales rep (code or id).</source>
        <translation>只统计该销售代表的商机（编码或 id）。</translation>
    </message>
    <message>
        <source>pipeline (default: of the deals created in the period, the share that reached each stage) or stage (of the deals that left a stage in the period, the share that moved forward).</source>
        <translation>pipeline（默认：在该时期创建的商机中，到达各阶段的比例）或 stage（在该时期离开某阶段的商机中，向前推进的比例）。</translation>
    </message>
    <message>
        <source>count (default) or amount: rates by number of deals or by their amounts (pipeline definition only).</source>
        <translation>count（默认）或 amount：按商机数量或按其金额计算比率（仅适用于 pipeline 口径）。</translation>
    </message>
    <message>
        <source>--owner needs a sales rep&apos;s code or id.</source>
        <translation>--owner 需要销售代表的编码或 id。</translation>
    </message>
    <message>
        <source>Unknown definition &apos;%1&apos;; use pipeline or stage.</source>
        <translation>未知口径“%1”；请使用 pipeline 或 stage。</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;; use count or amount.</source>
        <translation>未知度量“%1”；请使用 count 或 amount。</translation>
    </message>
    <message>
        <source>--by amount needs the pipeline definition; stage conversion counts deals.</source>
        <translation>--by amount 需要 pipeline 口径；阶段转化按商机数量计算。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Reading: %1%</source>
        <translation>正在读取：%1%</translation>
    </message>
    <message>
        <source>Unknown entity &apos;%1&apos;; one of: %2.</source>
        <translation>未知实体“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or windows-1252.</source>
        <translation>未知编码“%1”；请使用 auto、utf-8、utf-8-bom、utf-16le、utf-16be、gb18030 或 windows-1252。</translation>
    </message>
    <message>
        <source>Unknown delimiter &apos;%1&apos;; use auto, &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or tab.</source>
        <translation>未知分隔符“%1”；请使用 auto、&apos;,&apos;、&apos;;&apos;、&apos;|&apos; 或 tab。</translation>
    </message>
    <message>
        <source>--on-error takes abort or skip, not &apos;%1&apos;.</source>
        <translation>--on-error 的取值为 abort 或 skip，而不是“%1”。</translation>
    </message>
    <message>
        <source>--create-missing takes customers and/or products, not &apos;%1&apos;.</source>
        <translation>--create-missing 的取值为 customers 和/或 products，而不是“%1”。</translation>
    </message>
    <message>
        <source>--create-missing applies to order-lines imports only.</source>
        <translation>--create-missing 仅适用于 order-lines 导入。</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy, not &apos;%1&apos;.</source>
        <translation>--date-order 的取值为 dmy 或 mdy，而不是“%1”。</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>文件包含的内容：%1。</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>要读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation>检查文件并显示将发生的变更；不写入任何内容。</translation>
    </message>
    <message>
        <source>auto (default), utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or windows-1252.</source>
        <translation>auto（默认）、utf-8、utf-8-bom、utf-16le、utf-16be、gb18030 或 windows-1252。</translation>
    </message>
    <message>
        <source>auto (default), &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or tab.</source>
        <translation>auto（默认）、&apos;,&apos;、&apos;;&apos;、&apos;|&apos; 或 tab。</translation>
    </message>
    <message>
        <source>A JSON mapping of file columns to fields (see the manual).</source>
        <translation>文件列到字段的 JSON 字段映射（参见手册）。</translation>
    </message>
    <message>
        <source>abort (default): any bad row and nothing is written; skip: write the good rows and list the bad ones in the report.</source>
        <translation>abort（默认）：有任何错误行则不写入任何内容；skip：写入正确的行，并在报告中列出错误行。</translation>
    </message>
    <message>
        <source>Write a CSV report of every row&apos;s outcome here. Without it, a run with bad rows writes one into the &apos;imports&apos; folder beside the workspace.</source>
        <translation>将每一行的处理结果写入此 CSV 报告。未指定时，有错误行的运行会在工作区旁的“imports”文件夹中写入一份报告。</translation>
    </message>
    <message>
        <source>order-lines: create the customers and/or products the file names that do not exist.</source>
        <translation>order-lines：创建文件中提到但尚不存在的客户和/或产品。</translation>
    </message>
    <message>
        <source>How to read slash dates like 3/4/2025: dmy or mdy (default: settled from the file).</source>
        <translation>如何读取 3/4/2025 这样的斜杠日期：dmy 或 mdy（默认：根据文件判断）。</translation>
    </message>
    <message>
        <source>Do not back up the workspace before writing.</source>
        <translation>写入前不备份工作区。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
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
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>预览（试导入）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Imports a CSV file into the workspace in one transaction. Columns are matched to fields by their English or Chinese names, or by --mapping. Records are matched by their code: existing ones are updated, new ones inserted. The workspace is backed up first, and &apos;undo-import&apos; takes the last import back. Exit code 2: rows were refused and nothing was written.</source>
        <translation>在一个事务中将 CSV 文件导入工作区。列按其英文或中文名称匹配到字段，或按 --mapping 指定的字段映射。记录按编码匹配：已有记录被更新，新记录被新增。导入前先备份工作区，“undo-import”可撤销上一次导入。退出码 2：有行被拒绝，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the import would be refused (%n bad row(s)); nothing was written.</source>
        <translation>
            <numerusform>预览（试导入）：导入将被拒绝（%n 个错误行）；未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>预览（试导入）：未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n bad row(s) skipped (see the report).</source>
        <translation>
            <numerusform>已导入；跳过了 %n 个错误行（见报告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) refused.</source>
        <translation>
            <numerusform>未写入任何内容：%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>导入计划</translation>
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
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>the first %1 of %2 rows; --format json or csv lists more</source>
        <translation>共 %2 行中的前 %1 行；--format json 或 csv 列出更多</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>… and %1 more; run with --report FILE to list them all.</source>
        <translation>…… 另有 %1 个；使用 --report 文件 运行可列出全部。</translation>
    </message>
    <message>
        <source>… and %1 more; see the report.</source>
        <translation>…… 另有 %1 个；请查看报告。</translation>
    </message>
    <message>
        <source>Shows the last import: when, what, from which file, and whether it was undone.</source>
        <translation>显示上一次导入：时间、内容、来源文件，以及是否已撤销。</translation>
    </message>
    <message>
        <source>No import has been recorded in this workspace.</source>
        <translation>此工作区中没有导入记录。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入编号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Creates the workspace, or migrates an existing one to the current schema, and prints its path, schema version and office id.</source>
        <translation>创建工作区，或将已有工作区迁移到当前架构，并输出其路径、架构版本和办事处 id。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Office id</source>
        <translation>办事处 id</translation>
    </message>
    <message>
        <source>Warning: the workspace is on a network share, where SQLite&apos;s write-ahead log is unsafe; keep it on a local disk.</source>
        <translation>警告：工作区位于网络共享上，SQLite 的预写日志在那里不安全；请将其保存在本地磁盘上。</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>Without cost</source>
        <translation>无成本产品数</translation>
    </message>
    <message>
        <source>COGS</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <source>Average inventory</source>
        <translation>平均库存</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Turnover days</source>
        <translation>库存周转天数</translation>
    </message>
    <message>
        <source>Benchmark met</source>
        <translation>达到基准</translation>
    </message>
    <message>
        <source>Inventory turnover per product line and overall (COGS of delivered and closed orders over the year / average inventory value; turnover days; benchmark 8 turns a year) and the products at or below their reorder point with a suggested order quantity.</source>
        <translation>各产品线及总体的库存周转率（全年已交付和已关闭订单的销售成本 / 平均库存价值；库存周转天数；基准为每年 8 次），以及库存达到或低于补货点的产品和建议补货量。</translation>
    </message>
    <message>
        <source>The year of the turnover (default: the year of --as-of).</source>
        <translation>库存周转的年份（默认：--as-of 所在年份）。</translation>
    </message>
    <message>
        <source>Last day of the 90 days of demand behind the reorder points (default: today).</source>
        <translation>用于计算补货点的 90 天需求的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>The year must be a four-digit year, not &apos;%1&apos;.</source>
        <translation>年份必须是四位数年份，而不是“%1”。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Demand up to</source>
        <translation>需求截至</translation>
    </message>
    <message>
        <source>Demand window (days)</source>
        <translation>需求窗口（天）</translation>
    </message>
    <message>
        <source>Order cover (days)</source>
        <translation>订货覆盖（天）</translation>
    </message>
    <message>
        <source>Benchmark (turns a year)</source>
        <translation>基准（每年周转次数）</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Suggested quantity</source>
        <translation>建议补货量</translation>
    </message>
    <message>
        <source>Turnover by product line</source>
        <translation>各产品线库存周转率</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>补货建议</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
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
        <source>Daily demand</source>
        <translation>日均需求</translation>
    </message>
    <message>
        <source>Writes a sync package into the new folder DIR: the records this office changed since the last package to that office (all records the first time), deletions as tombstones, and a manifest with sequence numbers and SHA-256 checksums.</source>
        <translation>将同步包写入新文件夹“目录”：本办事处自上次发给该办事处的同步包以来更改的记录（第一次为全部记录）、作为删除记录的删除，以及带有序号和 SHA-256 校验和的清单。</translation>
    </message>
    <message>
        <source>The office the package is for (its office id).</source>
        <translation>同步包的接收办事处（其办事处 id）。</translation>
    </message>
    <message>
        <source>Send every record, not only the changes (after a lost package).</source>
        <translation>发送全部记录，而不仅是变更（在同步包丢失之后）。</translation>
    </message>
    <message>
        <source>The package folder to create.</source>
        <translation>要创建的同步包文件夹。</translation>
    </message>
    <message>
        <source>Wrote package %1 #%2 (previous #%3) to %4: %5 records, %6 of them deletions.</source>
        <translation>已将同步包 %1 #%2（上一个 #%3）写入 %4：%5 条记录，其中 %6 条为删除。</translation>
    </message>
    <message>
        <source>Imports a sync package folder from another office after checking its manifest and checksums. Importing the same package twice changes nothing; a gap in the sequence is reported. Conflicting edits are resolved the same way in both offices and listed.</source>
        <translation>检查清单和校验和后，导入来自另一个办事处的同步包文件夹。同一个同步包导入两次不会产生变化；序号中的缺口会被报告。冲突的编辑在两个办事处以相同方式解决并列出。</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>显示将发生的变更；不写入任何内容。</translation>
    </message>
    <message>
        <source>Also write the conflicts of this import to FILE (CSV).</source>
        <translation>同时将此次导入的冲突写入“文件”（CSV）。</translation>
    </message>
    <message>
        <source>The package folder.</source>
        <translation>同步包文件夹。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>conflict: %1 %2, field %3: kept %4&apos;s value; the other was &quot;%5&quot;</source>
        <translation>冲突：%1 %2，字段 %3：保留了 %4 的值；另一个值为“%5”</translation>
    </message>
    <message>
        <source>Create the workspace or bring its schema up to date</source>
        <translation>创建工作区或将其架构更新到最新</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo data</source>
        <translation>用演示数据填充空工作区</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity and consistency</source>
        <translation>检查工作区的完整性和一致性</translation>
    </message>
    <message>
        <source>Copy the workspace into a checked backup file</source>
        <translation>将工作区复制到经过检查的备份文件</translation>
    </message>
    <message>
        <source>Replace the workspace with a backup</source>
        <translation>用备份替换工作区</translation>
    </message>
    <message>
        <source>Import a CSV file (dry run, mapping, skip bad rows)</source>
        <translation>导入 CSV 文件（预览、字段映射、跳过错误行）</translation>
    </message>
    <message>
        <source>Show the last import</source>
        <translation>显示上一次导入</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>撤销上一次导入</translation>
    </message>
    <message>
        <source>Export an entity, or all, to CSV or XLSX</source>
        <translation>将一个实体或全部导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Write a sync package for another office</source>
        <translation>为另一个办事处写入同步包</translation>
    </message>
    <message>
        <source>Import a sync package from another office</source>
        <translation>导入来自另一个办事处的同步包</translation>
    </message>
    <message>
        <source>ABC customer segmentation by revenue</source>
        <translation>按销售额进行ABC客户分类</translation>
    </message>
    <message>
        <source>Sales funnel: stage conversion, win rate, cycle, bottleneck</source>
        <translation>销售漏斗：阶段转化率、签约率、销售周期、瓶颈</translation>
    </message>
    <message>
        <source>Inventory turnover and reorder suggestions</source>
        <translation>库存周转率和补货建议</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Only the opportunities of this team&apos;s sales reps, sub-teams included (code or id).</source>
        <translation>只统计该团队（含下级团队）销售代表的商机（编码或 id）。</translation>
    </message>
    <message>
        <source>Only the opportunities from this lead source.</source>
        <translation>只统计来自该线索来源的商机。</translation>
    </message>
    <message>
        <source>Only the opportunities whose products needed name a product of this product line (by product name or SKU).</source>
        <translation>只统计所需产品中包含该产品线产品的商机（按产品名称或产品编码）。</translation>
    </message>
    <message>
        <source>--team needs a team&apos;s code or id.</source>
        <translation>--team 需要团队的编码或 id。</translation>
    </message>
    <message>
        <source>--source needs a lead source.</source>
        <translation>--source 需要一个线索来源。</translation>
    </message>
    <message>
        <source>--product-line needs a product line.</source>
        <translation>--product-line 需要一个产品线。</translation>
    </message>
    <message>
        <source>Replaces the workspace with the backup FILE after checking that it is a sound SalesBench workspace; a backup from an older version is migrated first. What the workspace held is kept as a copy beside it (restoring that copy takes the restore back). Nobody may have the workspace open meanwhile.</source>
        <translation>用备份文件 FILE 替换工作区：先检查它是一个完好的销售工作台工作区；较旧版本的备份会先升级。工作区原来的内容会在旁边保留一份副本（恢复这份副本即可撤销本次恢复）。恢复期间不得有人打开该工作区。</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1; restore that file to take this restore back.</source>
        <translation>恢复前的工作区保留在 %1；恢复该文件即可撤销本次恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Undoes the latest import not yet undone, in one transaction: records it created are deleted (sync carries the deletion to other offices), records it updated get their previous values back. Run it again to undo the import before. Refused (exit code 2, nothing changed) when records it wrote were changed or used since, with the list; --force then undoes the rest and leaves those as they are.</source>
        <translation>撤销最近一次尚未撤销的导入，在一个事务中完成：导入新建的记录被删除（同步会把删除传给其他办事处），导入更新的记录恢复原值。再次运行可撤销更早的一次导入。如果导入写入的记录在之后被修改或被引用，则拒绝撤销（退出码 2，不做任何更改）并列出这些记录；加 --force 则撤销其余部分，保留这些记录不变。</translation>
    </message>
    <message>
        <source>Undo what can be undone; leave records changed or used since the import as they are (they are listed).</source>
        <translation>撤销能撤销的部分；导入之后被修改或被引用的记录保持不变（会列出）。</translation>
    </message>
    <message>
        <source>Undid import %1 of %2 from %3 (started %4): %5 inserted row(s) deleted, %6 updated row(s) restored.</source>
        <translation>已撤销第 %1 次导入（%2，文件 %3，开始于 %4）：删除 %5 条导入新增的记录，恢复 %6 条被更新的记录。</translation>
    </message>
    <message>
        <source>Left as they are, because they changed or were used after the import:</source>
        <translation>以下记录在导入之后被修改或被引用，保持不变：</translation>
    </message>
    <message>
        <source>The next sync package to each office carries every record the backup holds, so the other offices take its state of them; records created after the backup stay in the offices that received them.</source>
        <translation>发往各办事处的下一个同步包包含备份中的全部记录，其他办事处会采用备份中这些记录的状态；备份之后新建的记录仍保留在已收到它们的办事处。</translation>
    </message>
</context>
<context>
    <name>sb::core::Activity</name>
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
    <message>
        <source>Activity code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>销售活动编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
    <name>sb::core::AuditRecordLabels</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>read the names of the changed records</source>
        <translation>读取已更改记录的名称</translation>
    </message>
    <message>
        <source>read the records of an order</source>
        <translation>读取订单的相关记录</translation>
    </message>
</context>
<context>
    <name>sb::core::CheckState</name>
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
    <name>sb::core::ConsistencyCheck</name>
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
    <message numerus="yes">
        <source>amount %1 differs from %2, the sum of its %n line(s)</source>
        <translation>
            <numerusform>金额 %1 与其 %n 条明细的合计 %2 不一致</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n live rows share this key</source>
        <translation>
            <numerusform>有 %n 条有效记录使用相同的键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n children by %1 add up to %2, not to its amount %3</source>
        <translation>
            <numerusform>按%1划分的 %n 个下级合计为 %2，而不是其金额 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>closing date %1 differs from %2, the date of its stage change to %3</source>
        <translation>关闭日期 %1 与 %2（其阶段变更为“%3”的日期）不一致</translation>
    </message>
</context>
<context>
    <name>sb::core::Contact</name>
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
    <message>
        <source>Contact code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>联系人编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
    <name>sb::core::ContractPoint</name>
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
        <translation>sep= 行指定的字符不能用作字段分隔符。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose another encoding.</source>
        <translation>该文件不是有效的 %1 文本；请选择其他编码。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here; choose another encoding.</source>
        <translation>该文件此处不是有效的 %1 文本；请选择其他编码。</translation>
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
    <message>
        <source>the text cannot be encoded in GB18030</source>
        <translation>该文本无法用 GB18030 编码</translation>
    </message>
</context>
<context>
    <name>sb::core::Customer</name>
    <message>
        <source>Customer code is required.</source>
        <translation>客户编码为必填项。</translation>
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
        <source>Customer code: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>客户编码：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
        <source>%1 is not a usable SalesBench backup (%2).</source>
        <translation>%1 不是可用的销售工作台备份（%2）。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer SalesBench.</source>
        <translation>备份 %1 由更新版本的销售工作台写入。</translation>
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
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished file(s) of an interrupted backup or restore beside the workspace.</source>
        <translation>
            <numerusform>已删除工作区旁 %n 个中断的备份或恢复留下的未完成文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file cannot be the workspace itself.</source>
        <translation>备份文件不能是工作区本身。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file.</source>
        <translation>%1 是文件夹；请指定备份文件名。</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file (a folder, device or pipe cannot be read as one).</source>
        <translation>%1 %2 不是普通文件（文件夹、设备或管道不能当作文件读取）。</translation>
    </message>
    <message>
        <source>%1 %2 is too large: %3 bytes, at most %4 are accepted.</source>
        <translation>%1 %2 过大：%3 字节，最多接受 %4 字节。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The lock file %1 was empty or unreadable (left by a power cut or a crash); it was taken over.</source>
        <translation>锁文件 %1 为空或无法读取（断电或崩溃遗留）；已接管。</translation>
    </message>
    <message>
        <source>The lock file %1 named process %2, which no longer runs on this computer; it was taken over.</source>
        <translation>锁文件 %1 记录的进程 %2 已不在本机运行；已接管。</translation>
    </message>
    <message>
        <source>it belongs to another program (application id %1)</source>
        <translation>它属于其他程序（application id %1）</translation>
    </message>
    <message>
        <source>it has no %1 table</source>
        <translation>它没有 %1 表</translation>
    </message>
    <message>
        <source>it has no office id</source>
        <translation>它没有办事处编号</translation>
    </message>
    <message>
        <source>carry the sync package numbers over</source>
        <translation>沿用同步包编号</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the workspace %1 before replacing it; nothing was changed.</source>
        <translation>无法在替换前保留工作区 %1 的副本；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Not enough free space beside the workspace to restore %1 (%2 bytes needed for the restored copy and the copy of the current workspace).</source>
        <translation>工作区所在位置可用空间不足，无法恢复 %1（恢复的副本和当前工作区的副本共需 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 is not a usable SalesBench backup (not a database).</source>
        <translation>%1 不是可用的销售工作台备份（不是数据库）。</translation>
    </message>
    <message>
        <source>%1 is not a SalesBench workspace: %2. Nothing was changed.</source>
        <translation>%1 不是销售工作台工作区：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is not a SalesBench workspace: it has no schema version.</source>
        <translation>%1 不是销售工作台工作区：它没有架构版本号。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1: %2</source>
        <translation>无法复制备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be brought up to date (%2). Nothing was changed.</source>
        <translation>备份 %1 无法升级到当前版本（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot replace the workspace %1: %2</source>
        <translation>无法替换工作区 %1：%2</translation>
    </message>
    <message>
        <source>The backup file %1 is a workspace in use: %2</source>
        <translation>备份文件 %1 是一个正在使用的工作区：%2</translation>
    </message>
    <message>
        <source>%1 is the workspace or one of its own files; choose another file.</source>
        <translation>%1 是工作区本身或其自身的文件之一；请选择其他文件。</translation>
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
</context>
<context>
    <name>sb::core::Exporter</name>
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
</context>
<context>
    <name>sb::core::FunnelQueries</name>
    <message>
        <source>read the sales cycle</source>
        <translation>读取销售周期</translation>
    </message>
    <message>
        <source>count lost opportunities</source>
        <translation>统计输单商机</translation>
    </message>
    <message>
        <source>count the funnel</source>
        <translation>统计销售漏斗</translation>
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
        <source>explain the funnel</source>
        <translation>分析销售漏斗</translation>
    </message>
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
    <message>
        <source>read the product lines</source>
        <translation>读取产品线</translation>
    </message>
    <message>
        <source>No product of product line %1.</source>
        <translation>产品线 %1 中没有产品。</translation>
    </message>
    <message>
        <source>read the at-risk deals</source>
        <translation>读取风险商机</translation>
    </message>
</context>
<context>
    <name>sb::core::FunnelSettings</name>
    <message>
        <source>The probability of %1 must be between 0 and 100 %, not %2.</source>
        <translation>%1 的赢单概率必须在 0 到 100 % 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 100.</source>
        <translation>权重必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>至少有一个权重必须大于 0。</translation>
    </message>
    <message>
        <source>A score must be between 0 and 100.</source>
        <translation>评分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A grade threshold must be between 0 and 100.</source>
        <translation>等级阈值必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Grade A must start above grade B (%1).</source>
        <translation>A 级的起点必须高于 B 级（%1）。</translation>
    </message>
    <message>
        <source>Grade B must start above grade C (%1).</source>
        <translation>B 级的起点必须高于 C 级（%1）。</translation>
    </message>
    <message>
        <source>The reliability of source %1 must be between 0 and 100.</source>
        <translation>线索来源 %1 的可信度必须在 0 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>sb::core::Import</name>
    <message>
        <source>look up a reference</source>
        <translation>查找引用的记录</translation>
    </message>
    <message>
        <source>The text contains the control character U+%1.</source>
        <translation>文本中含有控制字符 U+%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no (use 1/0, true/false, 是/否).</source>
        <translation>“%1”不是“是/否”值（请使用 1/0、true/false 或 是/否）。</translation>
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
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，第 %1 列</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
        <source>look up a parent target</source>
        <translation>查找上级销售目标</translation>
    </message>
    <message>
        <source>Row %1, column %2: no parent target %3 / %4 / %5.</source>
        <translation>第 %1 行，第 %2 列：没有上级销售目标 %3 / %4 / %5。</translation>
    </message>
    <message>
        <source>link a target to its parent</source>
        <translation>将销售目标关联到其上级目标</translation>
    </message>
    <message>
        <source>update the order amount</source>
        <translation>更新订单金额</translation>
    </message>
    <message>
        <source>The mode must be &quot;whole&quot; or &quot;progressive&quot;.</source>
        <translation>模式必须为“whole”或“progressive”。</translation>
    </message>
    <message>
        <source>Probability must be between 0 and 100.</source>
        <translation>赢单概率必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A lost opportunity needs a lost reason.</source>
        <translation>输单的商机必须填写输单原因。</translation>
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
        <source>undo the import</source>
        <translation>撤销导入</translation>
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
        <source>Order %1 belongs to customer %2, not &quot;%3&quot;.</source>
        <translation>订单 %1 属于客户 %2，而不是“%3”。</translation>
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
        <source>Quantity × unit price is beyond the largest amount this workspace accepts.</source>
        <translation>数量 × 单价超出了此工作区可接受的最大金额。</translation>
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
        <source>Order %1&apos;s total would exceed the largest amount this workspace accepts.</source>
        <translation>订单 %1 的总金额将超出此工作区可接受的最大金额。</translation>
    </message>
    <message>
        <source>look up a record</source>
        <translation>查找记录</translation>
    </message>
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
    <message>
        <source>A lead score must be between 0 and 100.</source>
        <translation>线索评分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2. Nothing was imported.</source>
        <translation>无法写入报告 %1：%2。未导入任何数据。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>used since by %1 %2</source>
        <translation>之后被 %1 %2 引用</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>deleted since (%1, office %2)</source>
        <translation>之后被删除（%1，办事处 %2）</translation>
    </message>
    <message>
        <source>changed since (%1, office %2)</source>
        <translation>之后被修改（%1，办事处 %2）</translation>
    </message>
    <message>
        <source>belongs to an order kept as it is</source>
        <translation>属于一张保持不变的订单</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>Cannot undo the import of %1 from %2: %n record(s) changed or were used after it, and an undo would overwrite or break them:</source>
        <translation>
            <numerusform>无法撤销 %1 的导入（文件 %2）：有 %n 条记录在导入之后被修改或被引用，撤销会覆盖或破坏它们：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. To undo the rest and leave these records as they are, undo with force (undo-import --force).</source>
        <translation>未做任何更改。如需撤销其余部分并保留这些记录不变，请强制撤销（undo-import --force）。</translation>
    </message>
    <message>
        <source>Cannot write the report %1: it is a device or a pipe. Nothing was imported.</source>
        <translation>无法写入报告 %1：它是设备或管道。未导入任何数据。</translation>
    </message>
    <message>
        <source>The code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>The SKU is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>产品编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>The order number is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>订单编号为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
    <message>
        <source>%1 must be a string, not a JSON %2.</source>
        <translation>%1 必须是字符串，而不是 JSON %2。</translation>
    </message>
    <message>
        <source>%1 must be an object, not a JSON %2.</source>
        <translation>%1 必须是对象，而不是 JSON %2。</translation>
    </message>
    <message>
        <source>%1 must be a text, a number or true/false, not a JSON %2.</source>
        <translation>%1 必须是文本、数字或 true/false，而不是 JSON %2。</translation>
    </message>
    <message>
        <source>Unknown key %1 in the mapping; it may have: %2.</source>
        <translation>字段映射中有未知的键 %1；可用的键：%2。</translation>
    </message>
    <message>
        <source>%1 must be a field name or a list of field names, not a JSON %2.</source>
        <translation>%1 必须是字段名或字段名列表，而不是 JSON %2。</translation>
    </message>
    <message>
        <source>entity: unknown entity &quot;%1&quot;; one of: %2.</source>
        <translation>entity：未知实体“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>encoding: unknown encoding &quot;%1&quot;; use auto, utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 (also gbk) or windows-1252.</source>
        <translation>encoding：未知编码“%1”；请使用 auto、utf-8、utf-8-bom、utf-16le、utf-16be、gb18030（或 gbk）或 windows-1252。</translation>
    </message>
    <message>
        <source>delimiter: unknown delimiter &quot;%1&quot;; use auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot;, tab or another single character that is not a letter, digit or quote.</source>
        <translation>delimiter：未知分隔符“%1”；请使用 auto、“,”、“;”、“|”、tab，或其他不是字母、数字或引号的单个字符。</translation>
    </message>
    <message>
        <source>%1: the field name is empty.</source>
        <translation>%1：字段名为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of %3; its fields are: %4.</source>
        <translation>%1：“%2”不是 %3 的字段；其字段有：%4。</translation>
    </message>
    <message>
        <source>%1 and %2 both map to the field &quot;%3&quot;; a field takes one column.</source>
        <translation>%1 和 %2 都映射到字段“%3”；一个字段只能对应一列。</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a regular file.</source>
        <translation>字段映射文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The mapping file %1 is larger than %2 KiB; no mapping needs that much.</source>
        <translation>字段映射文件 %1 大于 %2 KiB，字段映射不需要这么大。</translation>
    </message>
</context>
<context>
    <name>sb::core::InventoryQueries</name>
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
    <name>sb::core::Opportunity</name>
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
        <source>A lead score must be between 0 and 100.</source>
        <translation>线索评分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Opportunity code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>商机编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
        <source>read the stage history</source>
        <translation>读取阶段历史</translation>
    </message>
</context>
<context>
    <name>sb::core::Order</name>
    <message>
        <source>Customer is required.</source>
        <translation>客户为必填项。</translation>
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
        <source>Line %1: unit price must not be negative.</source>
        <translation>第 %1 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: discount must be between 0 and 100 %.</source>
        <translation>第 %1 行：折扣必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Line %1: quantity must not be zero.</source>
        <translation>第 %1 行：数量不能为零。</translation>
    </message>
    <message>
        <source>Order number is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>订单编号为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
        <source>Order %1 is %2, not %3: its status move cannot be taken back.</source>
        <translation>订单 %1 的状态是“%2”，而不是“%3”：无法撤回其状态变更。</translation>
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
    <name>sb::core::Parse</name>
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
    <name>sb::core::ProductRepository</name>
    <message>
        <source>A product with id %1 already exists.</source>
        <translation>ID 为 %1 的产品已存在。</translation>
    </message>
    <message>
        <source>Product %1 cannot be restored: another product now uses SKU %1.</source>
        <translation>无法恢复产品 %1：另一个产品正在使用产品编码 %1。</translation>
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
        <source>SKU is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>产品编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
        <source>Rep name is required.</source>
        <translation>销售代表姓名为必填项。</translation>
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
        <source>Base pay must not be negative.</source>
        <translation>底薪不能为负数。</translation>
    </message>
    <message>
        <source>Rep code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>销售代表编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
    </message>
</context>
<context>
    <name>sb::core::Repository</name>
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
    <name>sb::core::RevenueQueries</name>
    <message>
        <source>Cannot read revenue per customer: %1</source>
        <translation>无法读取各客户的销售额：%1</translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>工作区不是已打开的 SQLite 数据库</translation>
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
    <name>sb::core::Sync</name>
    <message>
        <source>The table %1 does not start with its id.</source>
        <translation>数据表 %1 的第一列不是其 id。</translation>
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
        <translation>无法保存来自办事处 %4 的 %1 记录 %2（id %3）：%5。可能是本地已有相同编码的记录，或者它引用了本办事处没有的记录（请先导入该办事处更早的同步包，或请其发送完整同步包）。未导入任何内容。</translation>
    </message>
    <message>
        <source>record a sync conflict</source>
        <translation>记录同步冲突</translation>
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
        <source>read the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>The table %1 has no column %2; it cannot be synced.</source>
        <translation>表 %1 没有列 %2，无法同步。</translation>
    </message>
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
        <source>The sync file %1 was changed after it was written (opened and saved in a spreadsheet?) — import it as an ordinary CSV import instead.</source>
        <translation>同步文件 %1 在写出后被修改过（是否在电子表格中打开并保存过？）——请改用普通的 CSV 导入。</translation>
    </message>
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
        <source>The sync import was cancelled; nothing was changed.</source>
        <translation>同步包导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>read the stage history</source>
        <translation>读取阶段历史</translation>
    </message>
    <message>
        <source>read an order</source>
        <translation>读取订单</translation>
    </message>
    <message>
        <source>update an order&apos;s amount</source>
        <translation>更新订单金额</translation>
    </message>
    <message>
        <source>read the order lines</source>
        <translation>读取订单明细</translation>
    </message>
    <message>
        <source>renumber an order line</source>
        <translation>为订单明细重新编号</translation>
    </message>
    <message>
        <source>Package %1 from office %2 is a full package under a number imported before (office %2 restored a backup or copied its workspace): it is applied, and the packages from office %2 continue from this one.</source>
        <translation>办事处 %2 的第 %1 号同步包是一个完整同步包，其编号此前已导入过（办事处 %2 恢复了备份或复制了工作区）：已应用该包，之后来自办事处 %2 的同步包从此包继续编号。</translation>
    </message>
    <message>
        <source>Package %1 from office %2 is numbered far ahead of the last package imported from that office (%3): the manifest is damaged or was edited. Nothing was changed; ask office %2 for a new full package (sync-export --full).</source>
        <translation>办事处 %2 的第 %1 号同步包编号远超此前从该办事处导入的最后一个同步包（%3）：清单已损坏或被改动。未做任何更改；请让办事处 %2 重新发送完整同步包（sync-export --full）。</translation>
    </message>
    <message>
        <source>The sync manifest</source>
        <translation>同步清单</translation>
    </message>
    <message>
        <source>The sync file</source>
        <translation>同步文件</translation>
    </message>
    <message>
        <source>Package %1 from office %2 is not the package %1 imported here on %3: office %2 numbered a different package the same, which happens when it restored a backup or copied its workspace. Nothing was changed. Ask office %2 for a full package (sync-export --full), which sends every record it holds again.</source>
        <translation>办事处 %2 的第 %1 号同步包与 %3 在此导入的第 %1 号同步包不是同一个：办事处 %2 给另一个同步包用了相同编号，这通常是因为它恢复了备份或复制了工作区。未做任何更改。请让办事处 %2 发送完整同步包（sync-export --full），它会重新发送其持有的全部记录。</translation>
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
        <source>Team name is required.</source>
        <translation>团队名称为必填项。</translation>
    </message>
    <message>
        <source>A team cannot be its own parent.</source>
        <translation>团队不能是自己的上级团队。</translation>
    </message>
    <message>
        <source>Team code is required: at most 40 characters, no spaces at either end, no control characters.</source>
        <translation>团队编码为必填项：最多 40 个字符，首尾不能有空格，且不能包含控制字符。</translation>
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
    <message>
        <source>Cannot export %1 as XLSX: row %2 (%3), column %4 holds %5 characters, more than the %6 a spreadsheet cell holds. Nothing was written; export as CSV to keep the whole text.</source>
        <translation>无法将 %1 导出为 XLSX：第 %2 行（%3）的 %4 列有 %5 个字符，超过单元格可容纳的 %6 个。未写入任何内容；如需保留完整文本，请导出为 CSV。</translation>
    </message>
    <message>
        <source>Cannot export %1 as XLSX: it has more rows than the %2 a worksheet holds. Nothing was written; export as CSV instead.</source>
        <translation>无法将 %1 导出为 XLSX：行数超过工作表可容纳的 %2 行。未写入任何内容；请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot export %1 as XLSX: row %2 (%3), column %4: %5. Nothing was written.</source>
        <translation>无法将 %1 导出为 XLSX：第 %2 行（%3），%4 列：%5。未写入任何内容。</translation>
    </message>
    <message>
        <source>the workbook came out incomplete: %1</source>
        <translation>生成的工作簿不完整：%1</translation>
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
    <name>sb::ui::BackgroundJob</name>
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
    <name>sb::ui::ConfirmOrderCommand</name>
    <message>
        <source>Confirm order %1 over flagged contract points</source>
        <translation>在合同风险点已标记的情况下确认订单 %1</translation>
    </message>
    <message>
        <source>Confirm order %1</source>
        <translation>确认订单 %1</translation>
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
    <message>
        <source>ABC class by revenue over the last 12 months, with the method and thresholds of the ABC segmentation page</source>
        <translation>按最近 12 个月销售额划分的ABC客户类别，采用ABC客户分类页面的方法和阈值</translation>
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
    <message>
        <source>Contract review of order %1</source>
        <translation>订单 %1 的合同审核</translation>
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
        <source>Fields both offices changed are listed under Sync → Conflicts.</source>
        <translation>双方办事处都修改过的字段列在“同步 → 冲突”中。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed or were used after the import. They are left as they are; everything else is undone.</source>
        <translation>
            <numerusform>有 %n 条记录在导入之后被修改或被引用，将保持不变；其余部分全部撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>撤销其余部分</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was undone; %n record(s) changed since were left as they are.</source>
        <translation>
            <numerusform>已撤销 %1 的导入；%n 条之后被修改的记录保持不变。</numerusform>
        </translation>
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
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
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
    <message>
        <source>All product lines</source>
        <translation>全部产品线</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Deals whose products needed name a product of this line, by product name or SKU.</source>
        <translation>所需产品中包含该产品线产品的商机（按产品名称或产品编码）。</translation>
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
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>按日期(&amp;D)</translation>
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
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
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
        <source>Opportunities</source>
        <translation>商机</translation>
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
        <source>Contract review</source>
        <translation>合同审核</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
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
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>强制通过</translation>
    </message>
    <message>
        <source>Override withdrawn</source>
        <translation>撤回强制通过</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Only the history of one record</source>
        <translation>只显示一条记录的历史</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Order number, customer, SKU, field or value…</source>
        <translation>订单编号、客户、产品编码、字段或值…</translation>
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
        <source>Show &amp;all records</source>
        <translation>显示全部记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Only the history of %1</source>
        <translation>只显示 %1 的历史</translation>
    </message>
    <message>
        <source>The newest %1 changes; filter to see older ones.</source>
        <translation>最近的 %1 条变更；筛选后可查看更早的变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条变更</numerusform>
        </translation>
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
    <name>sb::ui::LeadScoringDialog</name>
    <message>
        <source>Lead scoring model</source>
        <translation>线索评分模型</translation>
    </message>
    <message>
        <source>A lead&apos;s score is the weighted mean of its four assessments (each 0–100); its grade follows from the score. Source reliability comes from the lead itself when assessed there, else from the table below.</source>
        <translation>线索评分是其四项评估（各 0–100）的加权平均值；等级由评分决定。来源可信度在线索本身已评估时取其值，否则取下表中的值。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Source re&amp;liability:</source>
        <translation>来源可信度(&amp;L)：</translation>
    </message>
    <message>
        <source>Nee&amp;d match:</source>
        <translation>需求匹配度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>购买意向(&amp;I)：</translation>
    </message>
    <message>
        <source>Grades (score at least)</source>
        <translation>等级（最低评分）</translation>
    </message>
    <message>
        <source>Grade &amp;A:</source>
        <translation>A 级(&amp;A)：</translation>
    </message>
    <message>
        <source>Grade B:</source>
        <translation>B 级：</translation>
    </message>
    <message>
        <source>Grade &amp;C:</source>
        <translation>C 级(&amp;C)：</translation>
    </message>
    <message>
        <source>Below grade C: D.</source>
        <translation>低于 C 级：D 级。</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Reliability (0–100; empty: default)</source>
        <translation>可信度（0–100；留空：默认值）</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>来源可信度</translation>
    </message>
    <message>
        <source>Default for &amp;other sources:</source>
        <translation>其他来源的默认值(&amp;O)：</translation>
    </message>
    <message>
        <source>Example: source 70, need 80, budget 60, intent 50 → score %1, grade %2.</source>
        <translation>示例：来源 70，需求 80，预算 60，意向 50 → 评分 %1，等级 %2。</translation>
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
    <message>
        <source>Change &amp;history…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed what and when, for every record of the workspace</source>
        <translation>工作区中每条记录由谁在何时更改了什么</translation>
    </message>
    <message>
        <source>Sales se&amp;ttings</source>
        <translation>销售设置(&amp;T)</translation>
    </message>
    <message>
        <source>Lost &amp;reasons…</source>
        <translation>输单原因(&amp;R)…</translation>
    </message>
    <message>
        <source>Lead &amp;scoring model…</source>
        <translation>线索评分模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Stage &amp;probabilities…</source>
        <translation>阶段赢单概率(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>sb::ui::MoveOrderCommand</name>
    <message>
        <source>Deliver order %1</source>
        <translation>交付订单 %1</translation>
    </message>
    <message>
        <source>Close order %1</source>
        <translation>关闭订单 %1</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <source>Set order %1 to %2</source>
        <translation>将订单 %1 设为“%2”</translation>
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
    <message>
        <source>Lead &amp;scoring…</source>
        <translation>线索评分(&amp;S)…</translation>
    </message>
    <message>
        <source>Weights, grades and source reliability that grade every lead</source>
        <translation>为每条线索评级所用的权重、等级和来源可信度</translation>
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
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>How reliable leads from this source are; when not assessed, the scoring model&apos;s value for the source is used.</source>
        <translation>来自该来源的线索的可信程度；未评估时使用评分模型中该来源的值。</translation>
    </message>
    <message>
        <source>How well the customer&apos;s need matches what we sell.</source>
        <translation>客户需求与我们所售产品的匹配程度。</translation>
    </message>
    <message>
        <source>Whether a budget is confirmed and large enough.</source>
        <translation>预算是否已确认且足够。</translation>
    </message>
    <message>
        <source>How strong and urgent the intent to buy is.</source>
        <translation>购买意向的强烈和紧迫程度。</translation>
    </message>
    <message>
        <source>Lead assessment (0–100)</source>
        <translation>线索评估（0–100）</translation>
    </message>
    <message>
        <source>Source re&amp;liability:</source>
        <translation>来源可信度(&amp;L)：</translation>
    </message>
    <message>
        <source>Nee&amp;d match:</source>
        <translation>需求匹配度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>购买意向(&amp;I)：</translation>
    </message>
    <message>
        <source>Not graded until at least one of the four is assessed.</source>
        <translation>四项中至少评估一项后才会评级。</translation>
    </message>
    <message>
        <source>Lead score %1 · grade %2 (source reliability %3; weights %4/%5/%6/%7)</source>
        <translation>线索评分 %1 · 等级 %2（来源可信度 %3；权重 %4/%5/%6/%7）</translation>
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
    <message>
        <source>Not assessed: open the opportunity to score the lead.</source>
        <translation>未评估：打开商机为线索评分。</translation>
    </message>
    <message>
        <source>Lead score %1, grade %2 (source reliability %3)</source>
        <translation>线索评分 %1，等级 %2（来源可信度 %3）</translation>
    </message>
    <message>
        <source>Lead grade</source>
        <translation>线索等级</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>线索评分</translation>
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
    <message>
        <source>Save the order (Enter or Ctrl+Enter)</source>
        <translation>保存订单（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Type a customer code or name</source>
        <translation>输入客户编码或名称</translation>
    </message>
    <message>
        <source>The opportunity this order comes from, if any</source>
        <translation>此订单来源的商机（如有）</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>付款条件(&amp;Y)：</translation>
    </message>
    <message>
        <source>L&amp;ines:</source>
        <translation>订单明细(&amp;I)：</translation>
    </message>
    <message>
        <source>(no opportunity)</source>
        <translation>（无商机）</translation>
    </message>
    <message>
        <source>Contract review (Alt+R): %1 flagged, %2 confirmed, %3 to check</source>
        <translation>合同审核 (Alt+R)：%1 项已标记，%2 项已确认，%3 项待审核</translation>
    </message>
    <message>
        <source>No single customer matches “%1”; pick one from the list.</source>
        <translation>没有唯一匹配“%1”的客户；请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>已标记：%1</translation>
    </message>
    <message>
        <source>Confirm each point or flag it with a note: in a state field, C confirms, F flags and U unchecks. A flagged point blocks confirming the order unless it is overridden with a reason, which the history records.</source>
        <translation>逐项确认或添加备注标记：在状态栏中，C 表示确认，F 表示标记，U 表示取消审核。有标记的风险点会阻止确认订单，除非填写理由强制通过，强制通过会记入变更历史。</translation>
    </message>
    <message>
        <source>C confirmed, F flagged, U unchecked</source>
        <translation>C 已确认，F 已标记，U 未审核</translation>
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
    <message>
        <source>Type a SKU or name</source>
        <translation>输入产品编码或名称</translation>
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
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n 项待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>合同审核</translation>
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
        <source>Cancel the selected order?</source>
        <translation>取消所选订单？</translation>
    </message>
    <message>
        <source>Enter a new order (%1)</source>
        <translation>录入新订单（%1）</translation>
    </message>
    <message>
        <source>Contract &amp;review…</source>
        <translation>合同审核(&amp;R)…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Open the contract checklist of the selected order (%1)</source>
        <translation>打开所选订单的合同审核清单（%1）</translation>
    </message>
    <message>
        <source>Close the delivered order (%1)</source>
        <translation>关闭已交付的订单（%1）</translation>
    </message>
    <message>
        <source>Cancel the order (%1)</source>
        <translation>取消订单（%1）</translation>
    </message>
    <message>
        <source>Show the change history of the selected order, its lines and its contract review (%1)</source>
        <translation>显示所选订单及其订单明细和合同审核的变更历史（%1）</translation>
    </message>
    <message>
        <source>Only orders with flagged contract points, and drafts with points still to check</source>
        <translation>只显示有已标记合同风险点的订单，以及仍有待审核项的草稿订单</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>Order %1 cannot go from %2 to %3.</source>
        <translation>订单 %1 不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>order %1 with its lines and contract review</source>
        <translation>订单 %1 及其订单明细和合同审核</translation>
    </message>
</context>
<context>
    <name>sb::ui::OverrideDialog</name>
    <message>
        <source>Override contract review</source>
        <translation>强制通过合同审核</translation>
    </message>
    <message>
        <source>Order %1 has flagged contract points. Confirming it anyway is an override that is recorded in the history with your name and reason.</source>
        <translation>订单 %1 有已标记的合同风险点。仍然确认属于强制通过，将连同您的姓名和理由记入变更历史。</translation>
    </message>
    <message>
        <source>e.g. approved by the sales director</source>
        <translation>例如：已经销售总监批准</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Confirm with override</source>
        <translation>强制通过并确认(&amp;C)</translation>
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
    <message>
        <source>Stage pro&amp;babilities…</source>
        <translation>阶段赢单概率(&amp;B)…</translation>
    </message>
    <message>
        <source>The win probability of each stage that weighs the pipeline</source>
        <translation>用于计算加权商机金额的各阶段赢单概率</translation>
    </message>
    <message>
        <source>Σ amount × stage probability (%1 %) over %2 open deals worth %3</source>
        <translation>Σ 金额 × 阶段赢单概率（%1 %），共 %2 个进行中商机，金额 %3</translation>
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
    <name>sb::ui::StageProbabilitiesDialog</name>
    <message>
        <source>Stage probabilities</source>
        <translation>阶段赢单概率</translation>
    </message>
    <message>
        <source>The chance that a deal in each stage is won. The weighted pipeline adds up amount × probability of the open deals; won deals count 100 %, lost ones 0 %.</source>
        <translation>处于各阶段的商机最终成交签约的概率。加权商机金额为进行中商机的金额 × 概率之和；成交签约的商机按 100 % 计，输单的按 0 % 计。</translation>
    </message>
    <message>
        <source>Default: %1 %</source>
        <translation>默认：%1 %</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
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
    <name>sb::ui::SyncImportDialog</name>
    <message>
        <source>Import sync package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Package %1 from office %2, written %3.</source>
        <translation>来自办事处 %2 的第 %1 号同步包，生成于 %3。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>In package</source>
        <translation>同步包中</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Fields both offices changed keep the newer change in both offices; the other value is listed under Sync → Conflicts after the import.</source>
        <translation>双方办事处都修改过的字段在两边都保留较新的修改；另一个值在导入后列在“同步 → 冲突”中。</translation>
    </message>
    <message>
        <source>A backup of the workspace is taken first; the import is saved as a whole or not at all.</source>
        <translation>导入前会先备份工作区；导入要么整体保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncTableNames</name>
    <message>
        <source>Commission plans</source>
        <translation>提成方案</translation>
    </message>
    <message>
        <source>Commission tiers</source>
        <translation>提成档位</translation>
    </message>
    <message>
        <source>Channel share rules</source>
        <translation>渠道分成规则</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>合同审核</translation>
    </message>
    <message>
        <source>Promotion products</source>
        <translation>促销产品</translation>
    </message>
    <message>
        <source>Period costs</source>
        <translation>期间费用</translation>
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
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2? A copy of the workspace as it is now is kept beside it, so the restore can be undone.</source>
        <translation>用备份 %2 替换工作区 %1？当前工作区会在旁边保留一份副本，因此可以撤销本次恢复。</translation>
    </message>
    <message>
        <source>The workspace was restored from %1. The next sync package to each office carries every record.</source>
        <translation>工作区已从 %1 恢复。发往各办事处的下一个同步包将包含全部记录。</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation>恢复前的工作区保留在 %1。</translation>
    </message>
    <message>
        <source>&amp;Undo restore</source>
        <translation>撤销恢复(&amp;U)</translation>
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
    <name>sb::ui::WorkspaceSession</name>
    <message>
        <source>SalesBench</source>
        <translation>销售工作台</translation>
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
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
