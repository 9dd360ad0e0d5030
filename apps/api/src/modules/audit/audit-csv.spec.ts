import { AUDIT_CSV_HEADER, auditCsv, csvCell, vietnamTimestamp } from './audit-csv';

describe('audit CSV', () => {
  it('should prefix a quote to cells a spreadsheet would read as a formula', () => {
    expect(['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+84 912", "'-2", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvCell('Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });

  it('should quote cells holding commas, quotes or line breaks when they occur', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('should show times as dd/mm/yyyy HH:mm:ss in Vietnam whatever the server zone', () => {
    expect(vietnamTimestamp(new Date('2026-12-05T17:30:05Z'))).toBe('06/12/2026 00:30:05');
    expect(vietnamTimestamp(new Date('2026-01-01T00:00:00+07:00'))).toBe('01/01/2026 00:00:00');
  });

  it('should start with a BOM and the Vietnamese header, one CRLF line per row', () => {
    const csv = auditCsv([
      {
        createdAt: new Date('2026-12-05T01:02:03Z'),
        actorName: 'Trần Thị Trưởng',
        actorEmail: 'chief@demo.local',
        action: 'member.invite',
        targetType: 'membership',
        targetId: '00000000-0000-4000-8000-000000000001',
        clientAddress: '127.0.0.1',
        details: { role: 'editor' },
      },
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      '05/12/2026 08:02:03,Trần Thị Trưởng,chief@demo.local,member.invite,membership,00000000-0000-4000-8000-000000000001,127.0.0.1,"{""role"":""editor""}"',
    );
    expect(lines[2]).toBe('');
  });
});
