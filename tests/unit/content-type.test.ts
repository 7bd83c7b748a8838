/**
 * Content-Type values as MTAs write them: the type names how a part is
 * decoded and the parameters name its charset and boundary, so a wrong
 * parameter hides the bounce behind a part the reader cannot split.
 */
import { describe, expect, it } from 'vitest';
import { parseContentType } from '../../src/engine/read/mime/headers';

describe('parseContentType', () => {
  it('reads the type and its parameters, names in lower case', () => {
    expect(
      parseContentType(
        'Multipart/Report; Report-Type=delivery-status;\n boundary="==_1.2/3"',
      ),
    ).toEqual({
      type: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: '==_1.2/3' },
    });
  });

  it('keeps semicolons and escaped quotes inside a quoted value', () => {
    const { params } = parseContentType(
      'text/plain; name="a; \\"b\\".txt"; charset=utf-8',
    );
    expect(params).toEqual({ name: 'a; \\"b\\".txt', charset: 'utf-8' });
  });

  it('takes the first of a repeated parameter and an RFC 2231 name as the name', () => {
    const { params } = parseContentType(
      "text/plain; charset=us-ascii; charset=utf-8; title*0*=us-ascii''a",
    );
    expect(params).toEqual({ charset: 'us-ascii', title: "us-ascii''a" });
  });

  it('gives the same answer however often and in whatever order it is asked', () => {
    const a = 'text/html; charset="iso-8859-1"';
    const b = 'multipart/mixed; boundary=XYZ';
    const first = [a, b].map(parseContentType);
    expect([b, a, b, a].map(parseContentType)).toEqual([
      first[1],
      first[0],
      first[1],
      first[0],
    ]);
  });

  it('falls back to text/plain when the type is missing', () => {
    expect(parseContentType(null)).toEqual({ type: 'text/plain', params: {} });
    expect(parseContentType('; charset=utf-8')).toEqual({
      type: 'text/plain',
      params: { charset: 'utf-8' },
    });
  });
});
