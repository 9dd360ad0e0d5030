import { cidFontPdf, imageOnlyPdf, minimalDocx } from '../src/test-support/documents';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;

/**
 * A legal document is found by the words of its files (QC Điều 5.3: residents search the register): the
 * text of each PDF or DOCX is read once at upload and kept on its media row (how well it was read too), and
 * the document's search entry carries it when the document is published.
 */
describe('legal documents found by the text of their files (HTTP, real database)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let fieldId: string;

  const as = (who: DemoLogin) => ({
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const upload = async (bytes: Buffer | Uint8Array, name: string): Promise<string> =>
    (await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', Buffer.from(bytes), name).expect(201)).body.id;
  const reading = async (id: string): Promise<{ text_reading: string | null; text_content: string | null }> =>
    (await t.ds.query(`SELECT text_reading, text_content FROM media WHERE id = $1`, [id]))[0];
  const search = async (q: string): Promise<string[]> =>
    (
      await t
        .http()
        .get(`/api/v1/public/search?type=document&q=${encodeURIComponent(q)}`)
        .set('Host', 'localhost')
        .expect(200)
    ).body.items.map((i: { url: string }) => i.url);

  async function publishDocument(number: string, attachments: string[]): Promise<string> {
    const created = await as('contributor')
      .post('/documents', { title: `Kế hoạch số ${number} về thủy lợi nội đồng` })
      .expect(201);
    const saved = await as('contributor')
      .patch(`/documents/${created.body.id}`, {
        revision: created.body.revision,
        documentType: 'ke-hoach',
        number,
        issuingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
        issuedOn: '2026-11-02',
        fieldId,
        attachments,
        noSecretConfirmed: true,
      })
      .expect(200);
    const id = created.body.id as string;
    const act = (who: DemoLogin, body: object) => as(who).post(`/documents/${id}/transitions`, body).expect(201);
    await act('contributor', { action: 'submit' });
    const editor = (await t.ds.query(`SELECT id FROM users WHERE email = 'editor@demo.local'`))[0].id;
    await act('deputy', { action: 'assign', assigneeId: editor });
    await act('editor', { action: 'verify' });
    await act('deputy', { action: 'forward' });
    await act('chief', { action: 'approve' });
    return `/van-ban/${saved.body.slug}`;
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    [{ id: fieldId }] = await t.ds.query(`SELECT f.id FROM fields f JOIN sites s ON s.id = f.site_id WHERE s.slug = $1 AND f.slug = 'kinh-te'`, [
      DEMO_SITE_SLUG,
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  it('should read a file’s text once at upload and keep how well it was read', async () => {
    const pdf = await upload(await cidFontPdf([['Nạo vét kênh mương nội đồng xứ Gò Dài']]), 'ke-hoach-nao-vet.pdf');
    expect(await reading(pdf)).toEqual({ text_reading: 'full', text_content: expect.stringContaining('kênh mương nội đồng xứ Gò Dài') });
    const scanned = await upload(await imageOnlyPdf(), 'ban-chup.pdf');
    expect(await reading(scanned)).toEqual({ text_reading: 'scanned', text_content: '' });
    const docx = await upload(minimalDocx(['Phụ lục: danh sách hộ hưởng lợi ở thôn Linh Chiểu']), 'phu-luc.docx');
    expect((await reading(docx)).text_reading).toBe('full');
    // An image has no text to read.
    const staffList = await t.http().get(`${SITE}/media?kind=image&pageSize=1`).set(bearer(tokens.contributor)).expect(200);
    if (staffList.body.items[0]) expect((await reading(staffList.body.items[0].id)).text_reading).toBeNull();
  });

  it('should find a published document by words only its files hold, with or without marks, and not before it is published', async () => {
    const pdf = await upload(await cidFontPdf([['Kế hoạch nạo vét kênh mương xứ Đồng Sim năm 2027']]), 'nao-vet-dong-sim.pdf');
    const docx = await upload(minimalDocx(['Danh sách hộ hưởng lợi ở xóm Bàu Sen']), 'danh-sach-bau-sen.docx');
    expect(await search('xứ Đồng Sim')).toEqual([]);
    const path = await publishDocument('31/KH-UBND', [pdf, docx]);
    expect(await search('xứ Đồng Sim')).toEqual([path]);
    expect(await search('xu dong sim')).toEqual([path]);
    expect(await search('xóm Bàu Sen')).toEqual([path]);
  });

  it('should read a file stored before texts were kept on first use, and keep it', async () => {
    const pdf = await upload(await cidFontPdf([['Tu bổ đê bao thôn Vạn Thiện']]), 'de-bao.pdf');
    await t.ds.query(`UPDATE media SET text_content = NULL, text_reading = NULL WHERE id = $1`, [pdf]);
    const path = await publishDocument('32/KH-UBND', [pdf]);
    expect(await search('đê bao thôn Vạn Thiện')).toEqual([path]);
    expect(await reading(pdf)).toEqual({ text_reading: 'full', text_content: expect.stringContaining('Vạn Thiện') });
  });
});
