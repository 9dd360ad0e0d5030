/** UI strings of the legal documents register (Văn bản): its list and editor (Vietnamese first; English has the same shape). */
export const vi = {
  title: 'Văn bản',
  editorTitle: 'Biên tập văn bản',
  noSite: 'Bạn chưa tham gia ban biên tập của trang nào, nên chưa có văn bản để xem.',
  tabsLabel: 'Danh sách văn bản',
  tabs: {
    all: 'Tất cả',
    mine: 'Văn bản tôi nhập',
  },
  empty: {
    all: 'Chưa có văn bản nào.',
    mine: 'Bạn chưa nhập văn bản nào.',
  },
  pageInfo: 'Trang {page}/{pages}, {total} văn bản',
  newDocument: 'Nhập văn bản mới',
  newTitle: 'Trích yếu của văn bản mới',
  columns: {
    number: 'Số ký hiệu',
    title: 'Trích yếu',
    documentType: 'Loại',
    issuedOn: 'Ngày ban hành',
  },
  editor: {
    back: 'Danh sách văn bản',
    notFound: 'Không tìm thấy văn bản, hoặc bạn không được xem văn bản này.',
    identity: 'Số hiệu và cơ quan ban hành',
    dates: 'Ngày tháng và hiệu lực',
    files: 'Tệp và văn bản liên quan',
    numberHint: 'Ghi đúng như trên văn bản, ví dụ 12/QĐ-UBND.',
    fieldHint: 'Văn bản được giao cho biên tập viên phụ trách lĩnh vực này.',
    expiresHint: 'Để trống nếu văn bản không ghi thời hạn.',
    attachmentsHint: 'Bản PDF có chữ ký, dấu; thêm bản DOCX nếu có.',
  },
};

export const en: typeof vi = {
  title: 'Legal documents',
  editorTitle: 'Edit legal document',
  noSite: 'You are not on the editorial board of any site, so there are no legal documents to show.',
  tabsLabel: 'Legal document lists',
  tabs: {
    all: 'All',
    mine: 'Documents I entered',
  },
  empty: {
    all: 'There are no legal documents yet.',
    mine: 'You have not entered any legal document yet.',
  },
  pageInfo: 'Page {page} of {pages}, {total} documents',
  newDocument: 'Enter a new document',
  newTitle: 'Title (summary line) of the new document',
  columns: {
    number: 'Number',
    title: 'Title',
    documentType: 'Type',
    issuedOn: 'Issued on',
  },
  editor: {
    back: 'Legal documents',
    notFound: 'The document was not found, or you may not see it.',
    identity: 'Number and issuing body',
    dates: 'Dates and validity',
    files: 'Files and related documents',
    numberHint: 'As written on the document, e.g. 12/QĐ-UBND.',
    fieldHint: 'The document goes to an editor who holds this field.',
    expiresHint: 'Leave empty when the document sets no end.',
    attachmentsHint: 'The signed and stamped PDF; add the DOCX too when there is one.',
  },
};
