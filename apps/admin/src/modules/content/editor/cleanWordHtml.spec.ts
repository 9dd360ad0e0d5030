import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, cleanWordHtml, isWordHtml } from './cleanWordHtml';

/** What Word 2016 (Windows) puts on the clipboard for a short document: trimmed, but as it comes. */
const WORD_CLIPBOARD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!--
 /* Style Definitions */
 p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7;}
--></style><!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";}</style><![endif]-->
</head>
<body lang=VI style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoTitle><span lang=VI>Thông báo lịch tiếp dân</span><o:p></o:p></p>
<h2><a name="_Toc1"></a><span lang=VI style='mso-ansi-language:VI'>1. Thời gian</span><o:p></o:p></h2>
<p class=MsoNormal style='text-align:justify'><b><span lang=VI style='font-size:13.0pt;mso-bidi-font-size:12.0pt'>Sáng thứ Hai</span></b><span
lang=VI style='mso-spacerun:yes'> </span><i>hằng tuần</i>, <u>tại trụ sở</u> <font face="Times New Roman">UBND xã</font><span
style='font-weight:bold'>Tân Lập</span>.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=VI>Căn cước công dân</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Bản chính<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Đơn đề nghị<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Nộp hồ sơ<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Nhận kết quả<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Thôn</b><o:p></o:p></p></td>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Ngày</b><o:p></o:p></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td colspan=2 width=602 valign=top style='width:450.8pt'><p class=MsoNormal>Cả xã<o:p></o:p></p></td>
 </tr>
</table>
<p class=MsoNormal>Xem <a href="https://tanlap.gov.vn/thu-tuc">thủ tục</a><sub>1</sub> và m<sup>2</sup>.<o:p></o:p></p>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1" style='width:150pt;height:100pt'><v:imagedata src="file:///C:/Users/VP/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg" o:title=""/></v:shape><![endif]--><![if !vml]><img width=200 height=133
src="file:///C:/Users/VP/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" v:shapes="Picture_x0020_1"><![endif]><o:p></o:p></p>
<!--EndFragment-->
</body>
</html>`;

const EXPECTED = [
  '<h2>Thông báo lịch tiếp dân</h2>',
  '<h2>1. Thời gian</h2>',
  '<p><b>Sáng thứ Hai</b> <i>hằng tuần</i>, <u>tại trụ sở</u> UBND xã<strong>Tân Lập</strong>.</p>',
  '<ul><li>Căn cước công dân<ul><li>Bản chính</li></ul></li><li>Đơn đề nghị</li></ul>',
  '<ol><li>Nộp hồ sơ</li><li>Nhận kết quả</li></ol>',
  '<table><tbody><tr><td><p><b>Thôn</b></p></td><td><p><b>Ngày</b></p></td></tr><tr><td colspan="2"><p>Cả xã</p></td></tr></tbody></table>',
  '<p>Xem <a href="https://tanlap.gov.vn/thu-tuc">thủ tục</a><sub>1</sub> và m<sup>2</sup>.</p>',
];

/** Without the white space between blocks (it means nothing to the editor). */
const squeeze = (html: string) => html.replace(/>\s*\n\s*</g, '><').trim();

describe('cleanWordHtml', () => {
  it('should turn a Word clipboard into plain HTML with real lists, keeping headings, formatting, tables and links', () => {
    expect(squeeze(cleanWordHtml(WORD_CLIPBOARD))).toBe(EXPECTED.join(''));
  });

  it('should leave no Office markup behind', () => {
    const html = cleanWordHtml(WORD_CLIPBOARD);
    expect(html).not.toMatch(/mso-|Mso|<o:p|<!--|<font|<span|style=|class=|lang=|file:\/\/\/|·/);
  });

  it('should count the pictures it leaves out, so the person can be told', () => {
    expect(cleanPastedHtml(WORD_CLIPBOARD).droppedImages).toBe(1);
    expect(cleanPastedHtml('<p>a<img src="https://example.com/x.png">b</p>')).toEqual({ html: '<p>ab</p>', droppedImages: 1 });
  });

  it('should keep the site’s own images', () => {
    const img = '<img src="/api/v1/public/media/7f1c2d9e-0000-4000-8000-00000000000a/w1280.jpg" alt="Ảnh">';
    expect(cleanPastedHtml(`<p>${img}</p>`)).toEqual({ html: `<p>${img}</p>`, droppedImages: 0 });
  });

  it('should tell Word HTML from other HTML, and leave the other alone apart from images', () => {
    expect(isWordHtml(WORD_CLIPBOARD)).toBe(true);
    expect(isWordHtml('<p class="intro"><span style="color:red">x</span></p>')).toBe(false);
    expect(cleanPastedHtml('<p class="intro"><strong>x</strong></p>').html).toBe('<p class="intro"><strong>x</strong></p>');
  });

  it('should number a list whose glyph is plain text when there is no Ignore span', () => {
    const html = `<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'>a)&nbsp;&nbsp;Một</p><p class=MsoListParagraph style='mso-list:l2 level1 lfo3'>b)&nbsp;&nbsp;Hai</p>`;
    expect(squeeze(cleanWordHtml(html))).toBe('<ol><li>Một</li><li>Hai</li></ol>');
  });
});
