<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddRowDialog</name>
    <message>
        <source>Add a row: {0} — {1}, {2}</source>
        <translation>Thêm dòng: {0} — {1}, {2}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the superior&apos;s template</source>
        <translation>Trả lời mẫu của cấp trên</translation>
    </message>
    <message>
        <source>{0}: the template of unit {1} of the superior&apos;s tree, year {2}</source>
        <translation>{0}: mẫu của đơn vị mã {1} trong cây của cấp trên, năm {2}</translation>
    </message>
    <message>
        <source>It is, in this database:</source>
        <translation>Là đơn vị này trong cơ sở dữ liệu của mình:</translation>
    </message>
    <message>
        <source>Take the template&apos;s form as this year&apos;s form</source>
        <translation>Dùng biểu mẫu của mẫu làm biểu mẫu của năm này</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>&amp;Lưu tệp trả lời…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>Đang đọc mẫu…</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>Lưu tệp trả lời</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The answer holds, for {0}:</source>
        <translation>Tệp trả lời có, của {0}:</translation>
    </message>
    <message>
        <source>  {0} figures, {1} register rows, {2} written parts</source>
        <translation>  {0} số liệu, {1} dòng sổ, {2} phần nội dung</translation>
    </message>
    <message>
        <source>  {0} register rows already in the template</source>
        <translation>  {0} dòng sổ đã có trong mẫu (không thêm)</translation>
    </message>
    <message>
        <source>The template&apos;s form differs from this database&apos;s:</source>
        <translation>Biểu mẫu của mẫu khác biểu mẫu của mình:</translation>
    </message>
    <message>
        <source>A part above its whole here; the answer sends instead:</source>
        <translation>Có phần lớn hơn tổng trong số liệu của mình; tệp trả lời gửi:</translation>
    </message>
    <message>
        <source>No figure here (left as the template has them):</source>
        <translation>Chưa có số liệu (để nguyên như trong mẫu):</translation>
    </message>
    <message>
        <source>The answer was saved: {0}. Send it to the superior&apos;s office.</source>
        <translation>Đã lưu tệp trả lời: {0}. Hãy gửi tệp này cho văn phòng cấp trên.</translation>
    </message>
    <message>
        <source>The template could not be answered.</source>
        <translation>Không trả lời được mẫu này.</translation>
    </message>
    <message>
        <source>The superior&apos;s template to answer</source>
        <translation>Chọn mẫu của cấp trên để trả lời</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to CT05 Desktop</source>
        <translation>Chào mừng đến với CT05 Desktop</translation>
    </message>
    <message>
        <source>A new database was created with the default organisation tree:
{0}

Load the demo data (the figures of the Son La article) to try the program?</source>
        <translation>Đã tạo cơ sở dữ liệu mới với danh mục tổ chức đảng mặc định:
{0}

Nạp dữ liệu mẫu (số liệu minh họa của tỉnh Sơn La) để dùng thử chương trình?</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Đã mở ở cửa sổ khác</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Restore the newest backup, of {0}? The damaged file is kept in the backups folder.</source>
        <translation>Khôi phục bản sao lưu mới nhất, lúc {0}? Tệp bị hỏng được giữ lại trong thư mục sao lưu.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Changed item</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, năm {1}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Restore from another file…</source>
        <translation>Khôi phục từ tệp khác…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>A backup is made the first time the program opens the database each day, and before every import or restore.
Kept: the 5 newest, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months.</source>
        <translation>Chương trình tự sao lưu khi mở cơ sở dữ liệu lần đầu mỗi ngày, và trước mỗi lần nhập tệp hay khôi phục.
Giữ lại: 5 bản mới nhất, rồi mỗi ngày một bản trong 7 ngày, mỗi tuần một bản trong 4 tuần, mỗi tháng một bản trong 12 tháng.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>First opening of the day</source>
        <translation>Lần mở đầu tiên trong ngày</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Sao lưu theo yêu cầu</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập tệp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Before the demo data</source>
        <translation>Trước khi nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Before the program&apos;s upgrade</source>
        <translation>Trước khi nâng cấp chương trình</translation>
    </message>
    <message>
        <source>Before the tree changed</source>
        <translation>Trước khi đổi cây tổ chức</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Đã sao lưu vào {0}.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Khôi phục từ một tệp</translation>
    </message>
    <message>
        <source>CT05 databases (*.db)</source>
        <translation>Cơ sở dữ liệu CT05 (*.db)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Bring the data back to the backup of {0}? Everything entered since will be replaced; the data as it is now is backed up first, so this too can be undone.</source>
        <translation>Đưa dữ liệu về bản sao lưu lúc {0}? Mọi thứ nhập sau thời điểm đó sẽ bị thay thế; dữ liệu hiện tại được sao lưu trước, nên việc này cũng làm lại được.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Restored. The data as it was is kept in {0}.</source>
        <translation>Đã khôi phục. Dữ liệu trước khi khôi phục được giữ ở {0}.</translation>
    </message>
</context>
<context>
    <name>CheckedChange</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>{0} — under {1}</source>
        <translation>{0} — thuộc {1}</translation>
    </message>
    <message>
        <source>The plan is empty: add changes or open a plan.</source>
        <translation>Kế hoạch chưa có thay đổi nào: thêm thay đổi hoặc mở một kế hoạch.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Cảnh báo: {0}</translation>
    </message>
    <message>
        <source>The state before the change is kept in the backup {0}</source>
        <translation>Trạng thái trước khi thay đổi có trong bản sao lưu {0}</translation>
    </message>
    <message>
        <source>The report header of {0} now takes its superior line and recipients from its parent of each year (what had been typed there was taken off).</source>
        <translation>Phần đầu báo cáo của {0} nay lấy dòng cơ quan cấp trên và nơi nhận theo đơn vị cấp trên của từng năm (giá trị đã sửa trước đây được bỏ).</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Program error</source>
        <translation>Lỗi chương trình</translation>
    </message>
    <message>
        <source>CT05 Desktop met an error it did not expect: {0}

Nothing more was saved than what you had saved before. The details are in the log file:
{1}

Please send this file to whoever supports the program.</source>
        <translation>CT05 Desktop gặp một lỗi không lường trước: {0}

Không có gì được ghi thêm ngoài những gì đã lưu trước đó. Chi tiết lỗi ở tệp nhật ký:
{1}

Đề nghị gửi tệp này cho người hỗ trợ chương trình.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>The day&apos;s backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Bỏ các thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Type a figure and press Enter or Tab. Yellow: not saved yet. Red: an error to fix. Orange: a warning to check. Grey italics: counted from the registers, not typed.</source>
        <translation>Gõ số liệu rồi nhấn Enter hoặc Tab. Nền vàng: chưa lưu. Nền đỏ: lỗi cần sửa. Nền cam: cảnh báo cần xem lại. Chữ nghiêng màu xám: số tự đếm từ danh sách chi tiết, chưa nhập tay.</translation>
    </message>
    <message>
        <source>Change log of this figure…</source>
        <translation>Nhật ký thay đổi của số liệu này…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>The units below and last year could not be added up.</source>
        <translation>Không cộng được số liệu các đơn vị trực thuộc và năm trước.</translation>
    </message>
    <message>
        <source>Adding up the units below and last year…</source>
        <translation>Đang cộng số liệu các đơn vị trực thuộc và năm trước…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) left.</source>
        <translation>
            <numerusform>Chưa lưu: còn %n lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before saving.</source>
        <translation>
            <numerusform>Có %n lỗi cần sửa trước khi lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import CSV files…</source>
        <translation>&amp;Nhập tệp CSV…</translation>
    </message>
    <message>
        <source>Export &amp;figures to CSV…</source>
        <translation>Xuất &amp;số liệu ra CSV…</translation>
    </message>
    <message>
        <source>Export &amp;organisations to CSV…</source>
        <translation>Xuất danh sách &amp;tổ chức ra CSV…</translation>
    </message>
    <message>
        <source>Export the &amp;registers to CSV…</source>
        <translation>Xuất &amp;các sổ ra CSV…</translation>
    </message>
    <message>
        <source>Load the &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Nhập tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Backing up the database first…</source>
        <translation>Đang sao lưu cơ sở dữ liệu trước khi nhập…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} changed.</source>
        <translation>{0}: {1} dòng, {2} thay đổi.</translation>
    </message>
    <message>
        <source>  Warning: {0}</source>
        <translation>  Cảnh báo: {0}</translation>
    </message>
    <message>
        <source>{0}: nothing imported, because of:</source>
        <translation>{0}: không nhập gì, vì:</translation>
    </message>
    <message>
        <source>Stopped: nothing of {0} was imported, nor of the files after it.</source>
        <translation>Đã dừng: không nhập gì từ {0} và các tệp sau nó.</translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more warning(s).</source>
        <translation>
            <numerusform>  … và %Ln cảnh báo khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more problem(s).</source>
        <translation>
            <numerusform>  … và %Ln lỗi khác (sửa các lỗi trên rồi nhập lại để xem tiếp).</numerusform>
        </translation>
    </message>
    <message>
        <source>These organisation files would change the tree of years already past (each report of those years would follow the new tree):

{0}

Change those years as the files say? A backup is made first.</source>
        <translation>Các tệp tổ chức này làm đổi cây tổ chức của những năm đã qua (báo cáo của các năm đó sẽ theo cây mới):

{0}

Sửa lại các năm đó theo tệp? Chương trình sao lưu trước khi sửa.</translation>
    </message>
    <message>
        <source>Change the past years</source>
        <translation>Sửa lại các năm đã qua</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>Để nguyên như cũ</translation>
    </message>
    <message>
        <source>Change the tree of past years</source>
        <translation>Sửa cây tổ chức của những năm đã qua</translation>
    </message>
    <message>
        <source>Export the registers: choose a folder</source>
        <translation>Xuất các sổ: chọn thư mục</translation>
    </message>
    <message>
        <source>{0} rows of {1} written to {2}, one file a register.</source>
        <translation>Đã xuất {0} dòng của năm {1} vào {2}, mỗi sổ một tệp.</translation>
    </message>
    <message>
        <source>{0}: these files hold people&apos;s names; send them only where that is allowed.</source>
        <translation>{0}: các tệp này có họ tên người; chỉ gửi cho nơi được phép.</translation>
    </message>
    <message>
        <source>Open the demo data in a database of its own, in a new window?</source>
        <translation>Mở dữ liệu mẫu trong một cơ sở dữ liệu riêng, ở cửa sổ mới?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Stopped: the files not yet read were not imported.</source>
        <translation>Đã dừng: các tệp chưa đọc không được nhập.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>{0} rows written to {1}.</source>
        <translation>Đã ghi {0} dòng vào {1}.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Report form</source>
        <translation>Biểu mẫu báo cáo</translation>
    </message>
    <message>
        <source>At the year&apos;s end</source>
        <translation>Số tại thời điểm cuối năm</translation>
    </message>
    <message>
        <source>Summed over the year</source>
        <translation>Cộng dồn trong năm</translation>
    </message>
    <message>
        <source>Form of the year</source>
        <translation>Biểu mẫu của năm</translation>
    </message>
    <message>
        <source>A change made here holds from this year on: earlier years keep their form and their reports. Double-click a name to rename it from this year.</source>
        <translation>Thay đổi ở đây áp dụng từ năm này trở đi: các năm trước giữ nguyên biểu mẫu và báo cáo của mình. Bấm đúp vào tên chỉ tiêu để đổi tên từ năm này.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>&amp;Add an indicator…</source>
        <translation>&amp;Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Retire from this year</source>
        <translation>&amp;Bỏ từ năm này</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Rename the &amp;section…</source>
        <translation>Đổi tên &amp;nhóm…</translation>
    </message>
    <message>
        <source>Rename the section</source>
        <translation>Đổi tên nhóm chỉ tiêu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>That code is already in the form.</source>
        <translation>Mã này đã có trong biểu mẫu.</translation>
    </message>
    <message>
        <source>Change the form</source>
        <translation>Đổi biểu mẫu</translation>
    </message>
    <message>
        <source>Keep the form as it is</source>
        <translation>Giữ nguyên biểu mẫu</translation>
    </message>
    <message>
        <source>Change the report form?</source>
        <translation>Đổi biểu mẫu báo cáo?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>{0}: the figures of the units merged into this one, before it began in {1} (see the note under the chart).</source>
        <translation>{0}: số liệu của các đơn vị hợp nhất thành đơn vị này, trước khi đơn vị được thành lập năm {1} (xem ghi chú dưới biểu đồ).</translation>
    </message>
    <message>
        <source> (more than 3 times apart: check it)</source>
        <translation> (chênh lệch quá 3 lần: cần kiểm tra)</translation>
    </message>
    <message>
        <source>not in the form</source>
        <translation>không có trong biểu mẫu</translation>
    </message>
    <message>
        <source>Not in the report form of {0}.</source>
        <translation>Không có trong biểu mẫu báo cáo năm {0}.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Select rows to chart them. Orange: more than 3 times, or under a third of, the year before.</source>
        <translation>Chọn các dòng để vẽ biểu đồ. Nền cam: gấp hơn 3 lần hoặc dưới một phần ba so với năm trước.</translation>
    </message>
</context>
<context>
    <name>IndicatorFormModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Figure {0}</source>
        <translation>Số liệu {0}</translation>
    </message>
    <message>
        <source>Last year ({0})</source>
        <translation>Năm trước ({0})</translation>
    </message>
    <message>
        <source>Sum of the units below</source>
        <translation>Tổng các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Not typed in: counted from the register rows</source>
        <translation>Số tự đếm từ danh sách chi tiết, chưa nhập tay</translation>
    </message>
    <message>
        <source>Not typed in: the sum of its parts</source>
        <translation>Số tự cộng từ các chỉ tiêu thành phần, chưa nhập tay</translation>
    </message>
    <message>
        <source>Differs from the figure entered for this unit</source>
        <translation>Khác với số đã nhập cho đơn vị này</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <source>Reports sent</source>
        <translation>Báo cáo đã gửi</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Changed since it was sent</source>
        <translation>Thay đổi từ khi gửi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>When sent</source>
        <translation>Khi gửi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện nay</translation>
    </message>
    <message>
        <source>&amp;Save the files as sent…</source>
        <translation>&amp;Lưu lại các tệp đã gửi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Unit (with the units under it):</source>
        <translation>Đơn vị (cùng các đơn vị trực thuộc):</translation>
    </message>
    <message>
        <source>Comparing the reports sent with today&apos;s figures…</source>
        <translation>Đang so sánh các báo cáo đã gửi với số liệu hiện nay…</translation>
    </message>
    <message>
        <source>changed since it was sent: {0} figures</source>
        <translation>đã thay đổi từ khi gửi: {0} số liệu</translation>
    </message>
    <message>
        <source>no figure changed</source>
        <translation>không thay đổi số liệu</translation>
    </message>
    <message>
        <source>; written parts changed: {0}</source>
        <translation>; đã sửa {0} phần nội dung</translation>
    </message>
    <message>
        <source>No report has been kept as sent yet. In the report dialog, tick “Final version” and “Keep as sent”, with the report&apos;s number and date.</source>
        <translation>Chưa có báo cáo nào được lưu làm bản đã gửi. Trong hộp Lập báo cáo, chọn “Bản chính thức” và “Lưu làm bản đã gửi”, ghi số và ngày của báo cáo.</translation>
    </message>
    <message>
        <source>The reports sent could not be read.</source>
        <translation>Không đọc được các báo cáo đã gửi.</translation>
    </message>
    <message>
        <source>Report {0} of {1}, sent {2}: files {3}.</source>
        <translation>Báo cáo số {0} của {1}, gửi ngày {2}: các tệp {3}.</translation>
    </message>
    <message>
        <source>No figure it rests on has changed since.</source>
        <translation>Từ khi gửi, không số liệu nào của báo cáo thay đổi.</translation>
    </message>
    <message>
        <source>Written parts changed since: {0}.</source>
        <translation>Các phần nội dung đã sửa từ khi gửi: {0}.</translation>
    </message>
    <message>
        <source> (counted from the registers)</source>
        <translation> (đếm từ sổ)</translation>
    </message>
    <message>
        <source>Save the files as sent in</source>
        <translation>Lưu các tệp đã gửi vào</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Đã ghi: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CT05 Desktop {0}: Directive 05-CT/TW reporting</source>
        <translation>CT05 Desktop {0}: Báo cáo thực hiện Chỉ thị 05-CT/TW</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Approved (locked, no more changes)</source>
        <translation>Đã duyệt (khóa số liệu, không sửa được)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Make a &amp;report (Word and Excel)…</source>
        <translation>Lập &amp;báo cáo (Word và Excel)…</translation>
    </message>
    <message>
        <source>Reports s&amp;ent…</source>
        <translation>Báo cáo đã &amp;gửi…</translation>
    </message>
    <message>
        <source>Write &amp;templates for units…</source>
        <translation>Xuất &amp;mẫu báo cáo cho đơn vị…</translation>
    </message>
    <message>
        <source>Import &amp;filled templates…</source>
        <translation>Nhập mẫu &amp;đã điền…</translation>
    </message>
    <message>
        <source>&amp;Answer the superior&apos;s template…</source>
        <translation>&amp;Trả lời mẫu của cấp trên…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Report &amp;header and clerk…</source>
        <translation>&amp;Phần đầu báo cáo và người nhập…</translation>
    </message>
    <message>
        <source>Report &amp;form…</source>
        <translation>&amp;Biểu mẫu báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Documents and themes of the report…</source>
        <translation>&amp;Văn bản và chuyên đề của báo cáo…</translation>
    </message>
    <message>
        <source>Year-end result &amp;scale…</source>
        <translation>&amp;Thang đánh giá kết quả cuối năm…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Status of the figures:</source>
        <translation>Tình trạng số liệu:</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>Chỉ xem: {0}</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Chưa đổi được tình trạng</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt số liệu</translation>
    </message>
    <message>
        <source>Approve the {0} figures of {1}? Once approved they are locked: nobody can change them until the approval is withdrawn.</source>
        <translation>Duyệt số liệu năm {0} của {1}? Sau khi duyệt, số liệu bị khóa: không ai sửa được cho đến khi bỏ duyệt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About CT05 Desktop</source>
        <translation>&amp;Giới thiệu CT05 Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>CT05 Desktop {0}
Entering, consolidating and reporting the results of Directive 05-CT/TW.

Database: {1}
Backups: {2}
Log: {3}</source>
        <translation>CT05 Desktop {0}
Nhập, tổng hợp và báo cáo kết quả thực hiện Chỉ thị 05-CT/TW.

Cơ sở dữ liệu: {1}
Bản sao lưu: {2}
Nhật ký lỗi: {3}</translation>
    </message>
    <message>
        <source>About CT05 Desktop</source>
        <translation>Giới thiệu CT05 Desktop</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Số liệu chưa được lưu</translation>
    </message>
    <message>
        <source>Report text not saved</source>
        <translation>Nội dung báo cáo chưa lưu</translation>
    </message>
    <message>
        <source>Stay to fix them, or discard the figures typed in this unit?</source>
        <translation>Ở lại để sửa, hay bỏ các số liệu vừa gõ cho đơn vị này?</translation>
    </message>
    <message>
        <source>Stay to fix it, or discard the report text typed in this unit?</source>
        <translation>Ở lại để sửa, hay bỏ nội dung báo cáo đã gõ của đơn vị này?</translation>
    </message>
    <message>
        <source>Stay to fix them</source>
        <translation>Ở lại để sửa</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Some figures have not been saved. Save them before closing?</source>
        <translation>Một số số liệu chưa được lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lưu rồi đóng</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Stay in the program</source>
        <translation>Ở lại chương trình</translation>
    </message>
</context>
<context>
    <name>NewIndicator</name>
    <message>
        <source>Add an indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Summed over the year</source>
        <translation>Cộng dồn trong năm</translation>
    </message>
    <message>
        <source>At the year&apos;s end</source>
        <translation>Số tại thời điểm cuối năm</translation>
    </message>
    <message>
        <source>what it counts, e.g. cuộc, lượt, mô hình</source>
        <translation>đơn vị tính, ví dụ: cuộc, lượt, mô hình</translation>
    </message>
    <message>
        <source>e.g. {n} cuộc đối thoại trực tuyến (blank: the figure and the name)</source>
        <translation>ví dụ: {n} cuộc đối thoại trực tuyến (để trống: số liệu và tên chỉ tiêu)</translation>
    </message>
    <message>
        <source>Code (letters, digits, _)</source>
        <translation>Mã (chữ, số, dấu _)</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Tên trong báo cáo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Said in the report</source>
        <translation>Câu trong báo cáo</translation>
    </message>
    <message>
        <source>Give the indicator a name, and a code of lower-case letters without marks, digits and _ that starts with a letter (e.g. dialogues_online).</source>
        <translation>Hãy đặt tên chỉ tiêu, và mã gồm chữ thường không dấu, chữ số và dấu _, bắt đầu bằng một chữ (ví dụ dialogues_online).</translation>
    </message>
</context>
<context>
    <name>OrgPanel</name>
    <message>
        <source>Search units (with or without accents)</source>
        <translation>Tìm đơn vị (gõ có dấu hoặc không dấu)</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang nhập</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>ReceiptsTree</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>Tệp đã nhận</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Units under it that sent</source>
        <translation>Đơn vị trực thuộc đã gửi</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <source>{0} of the {1} units directly under {2} have sent their file.</source>
        <translation>{0}/{1} đơn vị trực thuộc {2} đã gửi tệp.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Add row…</source>
        <translation>&amp;Thêm dòng…</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>&amp;Paste rows from Excel</source>
        <translation>&amp;Dán dòng từ Excel</translation>
    </message>
    <message>
        <source>(*) required. Ctrl+V pastes what was copied from Excel into the cells from the selected one; whole rows copied from Excel (columns in this order: {0}) are added. Ctrl+D fills the selected cells down from the top one.</source>
        <translation>(*) bắt buộc nhập. Ctrl+V dán những gì đã sao chép từ Excel vào các ô, bắt đầu từ ô đang chọn; nếu sao chép nguyên dòng từ Excel (các cột theo thứ tự: {0}) thì các dòng đó được thêm vào. Ctrl+D điền xuống các ô đang chọn giá trị của ô trên cùng.</translation>
    </message>
    <message>
        <source>Add a row by filling in a form</source>
        <translation>Thêm một dòng bằng cách điền vào biểu mẫu</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete)</source>
        <translation>Xóa các dòng đang chọn (phím Delete)</translation>
    </message>
    <message>
        <source>Add the rows copied from Excel (Ctrl+V)</source>
        <translation>Thêm các dòng đã sao chép từ Excel (Ctrl+V)</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>Chỉ xem: {0}</translation>
    </message>
    <message>
        <source>There are no rows in the register {0} of {1} for {2}.</source>
        <translation>Không có dòng nào trong sổ {0} của {1} năm {2}.</translation>
    </message>
    <message>
        <source>No rows yet in the register {0} of {1} for {2}.</source>
        <translation>Chưa có dòng nào trong sổ {0} của {1} năm {2}.</translation>
    </message>
    <message>
        <source>Click “Add row…” or paste rows copied from Excel (Ctrl+V).</source>
        <translation>Bấm “Thêm dòng…” hoặc dán các dòng sao chép từ Excel (Ctrl+V).</translation>
    </message>
    <message>
        <source>{0}, in earlier years:</source>
        <translation>{0}, các năm trước:</translation>
    </message>
    <message>
        <source>{0}: no registration in earlier years in this unit.</source>
        <translation>{0}: không có đăng ký các năm trước ở đơn vị này.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>dòng {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s)</source>
        <translation>
            <numerusform>và %n dòng khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Xóa dòng</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s) from {0}?</source>
        <translation>
            <numerusform>Xóa %n dòng khỏi sổ {0}?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Không thể hoàn tác sau khi xóa.</translation>
    </message>
    <message>
        <source>Nothing pasted</source>
        <translation>Không dán được</translation>
    </message>
    <message>
        <source>The copied block ({0} rows, {1} columns) does not fit from row {2}, column “{3}”: the table has {4} rows and {5} columns. Add rows first, or select a cell higher up or further left.</source>
        <translation>Vùng đã sao chép ({0} dòng, {1} cột) không vừa khi dán từ dòng {2}, cột “{3}”: bảng chỉ có {4} dòng và {5} cột. Hãy thêm dòng trước, hoặc chọn một ô ở cao hơn hay lệch trái hơn.</translation>
    </message>
    <message>
        <source>Nothing filled</source>
        <translation>Không điền được</translation>
    </message>
    <message>
        <source>No cell was changed, because:</source>
        <translation>Không ô nào được thay đổi, vì:</translation>
    </message>
    <message>
        <source>Row {0} has {1} columns; this table has {2}. Copy only its columns, in order.</source>
        <translation>Dòng {0} có {1} cột, bảng này chỉ có {2} cột. Hãy chỉ sao chép các cột của bảng, đúng thứ tự.</translation>
    </message>
    <message>
        <source>No row was added, because:</source>
        <translation>Không thêm dòng nào, vì:</translation>
    </message>
</context>
<context>
    <name>RegisterSearchDialog</name>
    <message>
        <source>Search the registers</source>
        <translation>Tìm trong các sổ</translation>
    </message>
    <message>
        <source>Words to find, with or without accents</source>
        <translation>Từ cần tìm, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Double-click a row to open its register, unit and year.</source>
        <translation>Nhấp đúp vào một dòng để mở sổ, đơn vị và năm của dòng đó.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n dòng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Registered in earlier years:</source>
        <translation>Đã đăng ký các năm trước:</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReorganiseDialog</name>
    <message>
        <source>Reorganise: several changes from one year</source>
        <translation>Sắp xếp tổ chức: nhiều thay đổi từ một năm</translation>
    </message>
    <message>
        <source>Every change takes effect from the year:</source>
        <translation>Mọi thay đổi có hiệu lực từ năm:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Under / into</source>
        <translation>Về / vào đơn vị</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <source>&amp;Open a plan (CSV)…</source>
        <translation>&amp;Mở kế hoạch (CSV)…</translation>
    </message>
    <message>
        <source>Save the plan &amp;as CSV…</source>
        <translation>&amp;Lưu kế hoạch ra tệp CSV…</translation>
    </message>
    <message>
        <source>&amp;Remove the rows chosen</source>
        <translation>&amp;Xóa các dòng đã chọn</translation>
    </message>
    <message>
        <source>What changes, year by year:</source>
        <translation>Những gì thay đổi, theo từng năm:</translation>
    </message>
    <message>
        <source>&amp;Save the reorganisation</source>
        <translation>&amp;Lưu sắp xếp tổ chức</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Move them under:</source>
        <translation>Chuyển các đơn vị đã chọn về:</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Thêm vào kế hoạch</translation>
    </message>
    <message>
        <source>Merge them into:</source>
        <translation>Sáp nhập / hợp nhất các đơn vị đã chọn vào:</translation>
    </message>
    <message>
        <source>Dissolve them (add to the plan)</source>
        <translation>Giải thể các đơn vị đã chọn (thêm vào kế hoạch)</translation>
    </message>
    <message>
        <source>Units chosen in the tree ({0}): {1}</source>
        <translation>Đơn vị đã chọn trên cây ({0}): {1}</translation>
    </message>
    <message>
        <source>New unit: code</source>
        <translation>Đơn vị mới: mã</translation>
    </message>
    <message>
        <source>e.g. SL.XMS</source>
        <translation>ví dụ SL.XMS</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>e.g. Đảng bộ xã Mai Sơn</source>
        <translation>ví dụ Đảng bộ xã Mai Sơn</translation>
    </message>
    <message>
        <source>under</source>
        <translation>trực thuộc</translation>
    </message>
    <message>
        <source>a new unit (code, name and place below)</source>
        <translation>một đơn vị mới do hợp nhất (ghi mã, tên và nơi trực thuộc ở dòng dưới)</translation>
    </message>
    <message>
        <source>(the years before keep their tree)</source>
        <translation>(các năm trước giữ nguyên cây tổ chức)</translation>
    </message>
    <message>
        <source>Choose units in the tree on the left (Ctrl or Shift for several), then:</source>
        <translation>Chọn đơn vị trên cây bên trái (giữ Ctrl hoặc Shift để chọn nhiều), rồi:</translation>
    </message>
    <message>
        <source>Open a reorganisation plan</source>
        <translation>Mở kế hoạch sắp xếp tổ chức</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the plan as CSV</source>
        <translation>Lưu kế hoạch ra tệp CSV</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>new unit</source>
        <translation>thêm đơn vị mới</translation>
    </message>
    <message>
        <source>move under</source>
        <translation>chuyển về</translation>
    </message>
    <message>
        <source>merge into</source>
        <translation>sáp nhập/hợp nhất vào</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation>giải thể</translation>
    </message>
    <message>
        <source>Row {0}: </source>
        <translation>Dòng {0}: </translation>
    </message>
    <message>
        <source>Reorganised from {0}: {1} units changed; the years before keep their tree.</source>
        <translation>Đã sắp xếp tổ chức từ năm {0}: {1} đơn vị thay đổi; các năm trước giữ nguyên cây tổ chức.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Make a report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>One &amp;year</source>
        <translation>Một &amp;năm</translation>
    </message>
    <message>
        <source>A &amp;range of years</source>
        <translation>&amp;Nhiều năm</translation>
    </message>
    <message>
        <source>&amp;Word report (.docx)</source>
        <translation>Báo cáo &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>E&amp;xcel appendix (.xlsx)</source>
        <translation>Phụ lục E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Final version, to sign and send</source>
        <translation>&amp;Bản chính thức (để ký, gửi đi)</translation>
    </message>
    <message>
        <source>Unticked, the report is a draft: it says on how many units each figure rests, points out figures that disagree and marks every written part still empty. The final version says the coverage once, in the opening, and leaves the disagreements to the check list.</source>
        <translation>Không đánh dấu: báo cáo là bản dự thảo, ghi rõ mỗi số liệu tính trên bao nhiêu đơn vị, chỉ ra số liệu chưa khớp và đánh dấu mọi phần nội dung còn trống. Bản chính thức chỉ nêu số đơn vị đã báo cáo một lần ở phần mở đầu; các số liệu chưa khớp để lại trong danh sách kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Keep as sent (with its number and date)</source>
        <translation>&amp;Lưu làm bản đã gửi (kèm số và ngày)</translation>
    </message>
    <message>
        <source>The files are kept in the program exactly as they are made, with the figures they rest on: File → Reports sent… opens them again and names every figure changed since.</source>
        <translation>Các tệp được lưu trong chương trình đúng như khi lập, cùng các số liệu làm căn cứ: Tệp → Báo cáo đã gửi… mở lại và chỉ rõ từng số liệu đã thay đổi từ khi gửi.</translation>
    </message>
    <message>
        <source>Edit the &amp;header…</source>
        <translation>Sửa &amp;phần đầu…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Unit (with the units under it):</source>
        <translation>Đơn vị (gồm các đơn vị trực thuộc):</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Loại bản:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Date of the report:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Phần đầu:</translation>
    </message>
    <message>
        <source>Carrying out:</source>
        <translation>Thực hiện:</translation>
    </message>
    <message>
        <source>Save in the folder:</source>
        <translation>Lưu vào thư mục:</translation>
    </message>
    <message>
        <source>Needed: the number the report is sent with</source>
        <translation>Cần ghi: số của báo cáo khi gửi</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>Lưu báo cáo vào thư mục</translation>
    </message>
    <message>
        <source>Tick the Word report, the Excel appendix or both.</source>
        <translation>Hãy chọn Báo cáo Word, Phụ lục Excel hoặc cả hai.</translation>
    </message>
    <message>
        <source>A report kept as sent needs its number.</source>
        <translation>Báo cáo lưu làm bản đã gửi phải có số.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Written and kept as sent (File → Reports sent…): {0}</source>
        <translation>Đã lập và lưu làm bản đã gửi (Tệp → Báo cáo đã gửi…): {0}</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Đã dừng: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Không lập được báo cáo.</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Đã lập: {0}</translation>
    </message>
    <message>
        <source>Leave blank to write the number by hand</source>
        <translation>Để trống nếu ghi số bằng tay</translation>
    </message>
    <message>
        <source>The first year of the range is after the last.</source>
        <translation>Năm bắt đầu đang sau năm kết thúc.</translation>
    </message>
    <message>
        <source>These parts of the report are still empty:
{0}

A report to be signed usually has them. Write them in the tab “Report text”, or make the final version without them.</source>
        <translation>Các phần sau của báo cáo còn trống:
{0}

Báo cáo để ký thường có các phần này. Hãy viết ở thẻ “Nội dung báo cáo”, hoặc lập bản chính thức không có các phần này.</translation>
    </message>
    <message>
        <source>Go back and write them</source>
        <translation>Quay lại để viết</translation>
    </message>
    <message>
        <source>Make it without them</source>
        <translation>Lập không có các phần này</translation>
    </message>
    <message>
        <source>Empty parts</source>
        <translation>Phần còn trống</translation>
    </message>
</context>
<context>
    <name>ReportTextPage</name>
    <message>
        <source>The office&apos;s own paragraph on this topic (the figures follow it)</source>
        <translation>Đoạn viết của văn phòng về nội dung này (số liệu tổng hợp đứng sau đoạn này)</translation>
    </message>
    <message>
        <source>Type or paste the text of this part (one paragraph a line)</source>
        <translation>Gõ hoặc dán nội dung phần này (mỗi đoạn một dòng)</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <source>The written parts of the report of {0} for {1}: what the Word report says besides the figures. Leave a part empty if it has nothing to say.</source>
        <translation>Các phần viết trong báo cáo của {0} năm {1}: những gì Báo cáo Word nói ngoài số liệu. Phần nào không có gì để viết thì để trống.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu: {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Year-end result scale</source>
        <translation>Thang đánh giá kết quả cuối năm</translation>
    </message>
    <message>
        <source>The levels a registration of the commitments register is rated on at the year&apos;s end, best first. The report says the levels ticked together (“… or better”), then each other level. A level rows already hold cannot be removed: give it a last year instead.</source>
        <translation>Các mức đánh giá kết quả cuối năm của mỗi đăng ký trong sổ đăng ký làm theo, mức cao nhất ở trên. Báo cáo nói gộp các mức được đánh dấu (“… trở lên”), rồi từng mức còn lại. Mức đã có dòng đăng ký dùng thì không xóa được: hãy ghi năm cuối cùng dùng mức đó.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Counted as “completed well or better”</source>
        <translation>Tính là “hoàn thành tốt trở lên”</translation>
    </message>
    <message>
        <source>Chosen until (blank: every year)</source>
        <translation>Dùng đến năm (trống: mọi năm)</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Thêm mức</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ mức</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Nothing to save: the scale is as stored.</source>
        <translation>Không có gì để lưu: thang đánh giá vẫn như đã lưu.</translation>
    </message>
    <message>
        <source>Change the scale?</source>
        <translation>Đổi thang đánh giá?</translation>
    </message>
    <message>
        <source>Change the scale</source>
        <translation>Đổi thang đánh giá</translation>
    </message>
    <message>
        <source>Keep the scale as it is</source>
        <translation>Giữ nguyên thang đánh giá</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Report header and clerk</source>
        <translation>Phần đầu báo cáo và người nhập</translation>
    </message>
    <message>
        <source>Issuing body (line 2)</source>
        <translation>Cơ quan ban hành (dòng 2)</translation>
    </message>
    <message>
        <source>Symbol in the report number (…-BC/HU)</source>
        <translation>Ký hiệu trong số báo cáo (…-BC/HU)</translation>
    </message>
    <message>
        <source>Place name in the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Superior Party body (line 1)</source>
        <translation>Tổ chức đảng cấp trên (dòng 1)</translation>
    </message>
    <message>
        <source>Signing on behalf of</source>
        <translation>Quyền hạn ký (ví dụ T/M BAN THƯỜNG VỤ)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients (one a line)</source>
        <translation>Nơi nhận (mỗi nơi một dòng)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header, signature and recipients of the reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phần đầu, chữ ký và nơi nhận của báo cáo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit issuing the report</source>
        <translation>Đơn vị ban hành báo cáo</translation>
    </message>
    <message>
        <source>&amp;Fill in the suggested values again</source>
        <translation>Điền lại &amp;giá trị gợi ý</translation>
    </message>
    <message>
        <source>Replace every field above with the values suggested from the unit&apos;s name, level and the unit above it (kept only when you press Save)</source>
        <translation>Thay mọi ô ở trên bằng giá trị gợi ý theo tên, cấp và đơn vị cấp trên của đơn vị (chỉ được lưu khi bấm Lưu)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who enters the figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Người nhập số liệu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name in the change log (blank: the Windows user)</source>
        <translation>Tên ghi vào nhật ký thay đổi (để trống: tên người dùng Windows)</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Documents and themes of the report</source>
        <translation>Văn bản và chuyên đề của báo cáo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Document carried out, in full</source>
        <translation>Văn bản thực hiện (tên đầy đủ)</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Dùng &amp;mặc định</translation>
    </message>
    <message>
        <source>Its short name (closing line)</source>
        <translation>Tên ngắn (dùng ở câu kết)</translation>
    </message>
    <message>
        <source>The year&apos;s theme</source>
        <translation>Chuyên đề năm</translation>
    </message>
    <message>
        <source>Whole term, years</source>
        <translation>Toàn khóa, các năm</translation>
    </message>
    <message>
        <source>The whole term&apos;s theme</source>
        <translation>Chuyên đề toàn khóa</translation>
    </message>
    <message>
        <source>The report&apos;s opening and closing name the document; part I opens with the themes. Leave a theme blank when there is none.</source>
        <translation>Phần mở đầu và câu kết của báo cáo nêu tên văn bản; phần I mở đầu bằng các chuyên đề. Để trống chuyên đề nếu không có.</translation>
    </message>
</context>
<context>
    <name>SubjectLine</name>
    <message>
        <source>Documents and &amp;themes…</source>
        <translation>Văn bản, &amp;chuyên đề…</translation>
    </message>
</context>
<context>
    <name>TemplateExportDialog</name>
    <message>
        <source>Templates for units</source>
        <translation>Mẫu báo cáo cho đơn vị</translation>
    </message>
    <message>
        <source>One file for each unit directly under it</source>
        <translation>Mỗi đơn vị trực thuộc một tệp</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Write the templates</source>
        <translation>&amp;Xuất mẫu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>{0} has no units directly under it in {1}: its own template will be written.</source>
        <translation>{0} không có đơn vị trực thuộc nào trong năm {1}: sẽ xuất mẫu của chính đơn vị này.</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>Thư mục lưu mẫu</translation>
    </message>
    <message>
        <source>Writing the templates…</source>
        <translation>Đang xuất các mẫu…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation>Chưa xuất được: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n template(s) written to {0} before it.</source>
        <translation>
            <numerusform>Đã dừng: trước đó đã ghi %n mẫu vào {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template written: {0}</source>
        <translation>Đã xuất mẫu: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) written to {0}.</source>
        <translation>
            <numerusform>Đã xuất %n mẫu vào {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import filled templates</source>
        <translation>Nhập mẫu đã điền</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Save the files without errors</source>
        <translation>&amp;Lưu các tệp không có lỗi</translation>
    </message>
    <message>
        <source>Import the older figures &amp;anyway…</source>
        <translation>&amp;Vẫn nhập số liệu của mẫu cũ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose the filled templates (Choose files…) or drag and drop the .xlsx files here. Each file is checked and what it holds is shown here; nothing is saved until you press “Save the files without errors”.</source>
        <translation>Chọn các tệp mẫu đã điền (nút “Chọn tệp…”) hoặc kéo thả các tệp .xlsx vào đây. Mỗi tệp được kiểm tra và những gì tệp có sẽ hiện ở đây; chưa lưu gì cho đến khi bạn bấm “Lưu các tệp không có lỗi”.</translation>
    </message>
    <message>
        <source>Files received for the year:</source>
        <translation>Tệp đã nhận trong năm:</translation>
    </message>
    <message>
        <source>Filled templates</source>
        <translation>Mẫu đã điền</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Đang kiểm tra các tệp…</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Đã dừng: không lưu gì.</translation>
    </message>
    <message>
        <source>The files could not be read.</source>
        <translation>Không đọc được các tệp.</translation>
    </message>
    <message>
        <source>{0} file(s) were written before some of their figures were corrected here (listed above). Importing them sets those figures back to the files&apos; values.</source>
        <translation>{0} tệp được xuất trước khi một số số liệu trong đó được sửa ở đây (liệt kê ở trên). Nhập các tệp này sẽ đưa những số liệu đó về số của tệp.</translation>
    </message>
    <message>
        <source>Keep the corrections</source>
        <translation>Giữ số liệu đã sửa</translation>
    </message>
    <message>
        <source>Import the files&apos; figures</source>
        <translation>Nhập số liệu của tệp</translation>
    </message>
    <message>
        <source>Older templates</source>
        <translation>Mẫu xuất trước khi sửa số liệu</translation>
    </message>
    <message>
        <source>{0}: refused, nothing will be saved, because:</source>
        <translation>{0}: không nhận, không lưu gì, vì:</translation>
    </message>
    <message>
        <source>{0}: {1} new figure(s), {2} changed, {3} unchanged; {4} register row(s) added, {5} changed.</source>
        <translation>{0}: {1} số liệu mới, {2} thay đổi, {3} không đổi; thêm {4} dòng sổ, sửa {5} dòng.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>{0}: saved ({1} change(s)).</source>
        <translation>{0}: đã lưu ({1} thay đổi).</translation>
    </message>
    <message>
        <source>  Warning: {0}</source>
        <translation>  Cảnh báo: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused and not saved: correct what is shown above, then choose them again.</source>
        <translation>
            <numerusform>%n tệp không được nhận, chưa lưu: sửa những lỗi nêu ở trên rồi chọn lại các tệp đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: {0} of {1} units.</source>
        <translation>Đã nhận: {0}/{1} đơn vị.</translation>
    </message>
</context>
<context>
    <name>TreeChangeDialog</name>
    <message>
        <source>Rename the unit from a year</source>
        <translation>Đổi tên đơn vị từ một năm</translation>
    </message>
    <message>
        <source>Move under another unit from a year</source>
        <translation>Chuyển sang đơn vị cấp trên khác từ một năm</translation>
    </message>
    <message>
        <source>Merge into another unit from a year</source>
        <translation>Sáp nhập vào đơn vị khác, hoặc hợp nhất thành đơn vị mới, từ một năm</translation>
    </message>
    <message>
        <source>Dissolve from a year</source>
        <translation>Giải thể từ một năm</translation>
    </message>
    <message>
        <source>New unit under this one</source>
        <translation>Thêm đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Các đơn vị:</translation>
    </message>
    <message>
        <source>From the year:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <source>What changes, year by year:</source>
        <translation>Những gì thay đổi, theo từng năm:</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>Trực thuộc:</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>Sáp nhập vào:</translation>
    </message>
    <message>
        <source>e.g. SL.XMS</source>
        <translation>ví dụ SL.XMS</translation>
    </message>
    <message>
        <source>e.g. Đảng bộ xã Mai Sơn</source>
        <translation>ví dụ Đảng bộ xã Mai Sơn</translation>
    </message>
    <message>
        <source>New unit&apos;s code:</source>
        <translation>Mã đơn vị mới:</translation>
    </message>
    <message>
        <source>New unit&apos;s name:</source>
        <translation>Tên đơn vị mới:</translation>
    </message>
    <message>
        <source>New unit under:</source>
        <translation>Đơn vị mới trực thuộc:</translation>
    </message>
    <message>
        <source>The unit&apos;s figures up to the year before stay as they are. Units under it must be moved first (or merge it instead: its units then follow).</source>
        <translation>Số liệu của đơn vị đến hết năm trước đó giữ nguyên. Các đơn vị trực thuộc phải được chuyển đi trước (hoặc chọn hợp nhất: khi đó các đơn vị trực thuộc đi theo).</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Directly subordinate</source>
        <translation>Trực thuộc tỉnh</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>The years before {0} keep the tree as it was.</source>
        <translation>Các năm trước {0} giữ nguyên cây tổ chức như cũ.</translation>
    </message>
    <message>
        <source>The unit exists from {0} on.</source>
        <translation>Đơn vị hoạt động từ năm {0}.</translation>
    </message>
    <message>
        <source>A new unit made by the merger (code and name below)</source>
        <translation>Một đơn vị mới do hợp nhất (ghi mã và tên ở dưới)</translation>
    </message>
    <message>
        <source>{0} is named “{1}” from {2}; the years before keep the name it bore.</source>
        <translation>{0} mang tên “{1}” từ năm {2}; các năm trước giữ tên cũ.</translation>
    </message>
    <message>
        <source>{0} stands under {1} from {2}; the years before keep it where it was.</source>
        <translation>{0} trực thuộc {1} từ năm {2}; các năm trước vẫn ở chỗ cũ.</translation>
    </message>
    <message>
        <source>{0} is merged into {1} from {2}: the figures up to the year before stay as they are, and the units that stood under it follow {1}.</source>
        <translation>{0} sáp nhập (hợp nhất) vào {1} từ năm {2}: số liệu đến hết năm trước giữ nguyên, các đơn vị trực thuộc chuyển theo về {1}.</translation>
    </message>
    <message>
        <source>{0} is dissolved from {2}: the figures up to the year before stay as they are.</source>
        <translation>{0} giải thể từ năm {2}: số liệu đến hết năm trước giữ nguyên.</translation>
    </message>
    <message>
        <source>{1} is added under {0} from {2}.</source>
        <translation>Đã thêm {1} trực thuộc {0} từ năm {2}.</translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <source>&amp;Rename from a year…</source>
        <translation>Đổi &amp;tên từ một năm…</translation>
    </message>
    <message>
        <source>&amp;Move under another unit from a year…</source>
        <translation>&amp;Chuyển sang đơn vị cấp trên khác từ một năm…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into another unit from a year…</source>
        <translation>&amp;Sáp nhập, hợp nhất từ một năm…</translation>
    </message>
    <message>
        <source>&amp;Dissolve from a year…</source>
        <translation>&amp;Giải thể từ một năm…</translation>
    </message>
    <message>
        <source>&amp;New unit under this one…</source>
        <translation>&amp;Thêm đơn vị trực thuộc đơn vị này…</translation>
    </message>
    <message>
        <source>Re&amp;organise (several changes from one year)…</source>
        <translation>&amp;Sắp xếp tổ chức (nhiều thay đổi từ một năm)…</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Đã thay đổi tổ chức</translation>
    </message>
</context>
<context>
    <name>UnitTextsPanel</name>
    <message>
        <source>What the units wrote</source>
        <translation>Ý kiến các đơn vị</translation>
    </message>
    <message>
        <source>&amp;Insert into this part, naming the unit</source>
        <translation>&amp;Chèn vào phần này, ghi tên đơn vị</translation>
    </message>
    <message>
        <source>Takes the words selected in the unit&apos;s text (or all of it) into the office&apos;s own text of the part, at its cursor, as “- Unit: …”.</source>
        <translation>Đưa đoạn đang chọn trong nội dung của đơn vị (hoặc cả nội dung) vào phần của văn phòng, tại vị trí con trỏ, dạng “- Tên đơn vị: …”.</translation>
    </message>
    <message>
        <source>{0} ({1} characters)
{2}</source>
        <translation>{0} ({1} ký tự)
{2}</translation>
    </message>
    <message>
        <source>No unit under this one has written this part for the year. Their texts come in with their filled templates, or are typed here with the unit chosen.</source>
        <translation>Chưa đơn vị trực thuộc nào viết phần này trong năm. Nội dung của đơn vị đến cùng mẫu đơn vị gửi về, hoặc gõ ở thẻ này khi chọn đơn vị đó.</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <source>Stop waiting</source>
        <translation>Thôi chờ</translation>
    </message>
    <message>
        <source>Waiting to save</source>
        <translation>Đang chờ để lưu</translation>
    </message>
</context>
<context>
    <name>YearActions</name>
    <message>
        <source>&amp;Lock the year&apos;s figures…</source>
        <translation>&amp;Chốt số liệu năm…</translation>
    </message>
    <message>
        <source>&amp;Unlock the year…</source>
        <translation>&amp;Mở lại năm…</translation>
    </message>
    <message>
        <source>&amp;Carry last year&apos;s ongoing models forward</source>
        <translation>&amp;Chuyển các mô hình đột phá đang thực hiện năm trước sang năm này</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>&amp;Search the registers…</source>
        <translation>&amp;Tìm trong các sổ…</translation>
    </message>
    <message>
        <source>&amp;Lock the {0} figures…</source>
        <translation>&amp;Chốt số liệu năm {0}…</translation>
    </message>
    <message>
        <source>&amp;Unlock {0}…</source>
        <translation>&amp;Mở lại năm {0}…</translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation>Chốt số liệu năm</translation>
    </message>
    <message>
        <source>Lock the {0} figures? Nothing in {0} can change until it is unlocked; both acts are logged.</source>
        <translation>Chốt số liệu năm {0}? Sau khi chốt, không sửa được số liệu năm {0} cho đến khi mở lại; cả hai việc đều được ghi nhật ký.</translation>
    </message>
    <message>
        <source>Unlock the year</source>
        <translation>Mở lại năm</translation>
    </message>
    <message>
        <source>Unlock {0} so its figures can be changed again?</source>
        <translation>Mở lại năm {0} để có thể sửa số liệu?</translation>
    </message>
    <message>
        <source>Not carried forward</source>
        <translation>Chưa chuyển được</translation>
    </message>
    <message>
        <source>Breakthrough models</source>
        <translation>Mô hình đột phá</translation>
    </message>
    <message numerus="yes">
        <source>%n ongoing model(s) of {0} carried into {1}.</source>
        <translation>
            <numerusform>Đã chuyển %n mô hình đang thực hiện của năm {0} sang năm {1}.</numerusform>
        </translation>
    </message>
</context>
</TS>
