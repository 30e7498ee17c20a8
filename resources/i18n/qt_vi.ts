<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Tăng</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Giảm</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Tìm trong:</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Tên tệp:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Kiểu tệp:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiến tới</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục cha</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Dạng danh sách</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Dạng chi tiết</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nơi dùng gần đây</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Tìm thư mục</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Kích thước</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kiểu</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Xem chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Giới thiệu Qt</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ thay đổi</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Đóng không lưu</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Không lưu</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
  </context>
</TS>
