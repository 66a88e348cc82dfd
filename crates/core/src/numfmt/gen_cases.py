#!/usr/bin/env python3
# Generates cases.rs (the expected values of the numfmt tests) with CPython 3.11:
#   python3 crates/core/src/numfmt/gen_cases.py > crates/core/src/numfmt/cases.rs
# Throwaway generator: expected values from CPython for the numfmt unit tests.
import struct, sys, math
sys.set_int_max_str_digits(0)
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def rs(s): 
    out = '"'
    for ch in s:
        if ch in '"\\': out += '\\' + ch
        elif 32 <= ord(ch) < 127: out += ch
        else: out += '\\u{%x}' % ord(ch)
    return out + '"'
def res(f):
    try: return 'Ok(%s)' % rs(f())
    except (ValueError, TypeError, OverflowError) as e: return 'Err(%s)' % rs(type(e).__name__)
floats = [0.0, -0.0, 0.1, 1/3, 2/3, 1e16, 1e15, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, 123456.789, -123456.789,
  1.0, 0.5, 1.5, 2.5, -2.5, 1e22, 1e23, 9.999999999999999e22, 123456789012345.0, 1234567890123456.8, 12345678901234567.0,
  1.5e-7, 0.001, 0.0001, 0.00001234, 3.14159, -1.0, 100.0, 12.0, 1e100, 2.675, 0.125, 0.375, 1e-10, 9.5, 99.5, 0.999999,
  9.9999995, 1234567.0, -0.0001, 7e-5, float('inf'), float('-inf'), float('nan'), 4.35, 1e300*10, 0.05, 2.0**53, 2.0**63]
base_count = len(floats)
import random
rng = random.Random(1234)
for _ in range(60):
    floats.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64) & 0x7fefffffffffffff))[0])
    floats.append(rng.uniform(-1e6, 1e6))
    floats.append(rng.random() * 10 ** rng.randint(-30, 30))
floats = [f for i, f in enumerate(floats) if not any(bits(f) == bits(g) for g in floats[:i])]
specs = ['', '.2f', '10.3e', '+,.2f', '_^20g', '08.3%', '.0f', '.1f', 'f', 'e', 'g', 'G', 'E', 'F', '%', 'n', '.3', '.1', '.0', '.17',
  '#', '#.0f', '#.0e', '#g', '#.3g', '.3g', '.10g', '.0g', '#.0', ' ', '+', '-', '=+12.3f', '*<12', '*>12.2e', '^13.4g', '012', '012.2f',
  '012,.1f', '015,', '0=15,.2f', 'z.1f', 'z', '+z.0f', '_', ',', '.20f', '.30e', '#.3', ',.3f', '_.1f', '<', '>10', '010e', '.2%', '#%', '.1000', 'x', 'd',
  '.1n', ',n', ',g', '08,.2f', '09,f']
out = []
out.append('pub(super) const FLOAT_CASES: &[(u64, &str, Result<&str, &str>)] = &[')
rspecs = ['', '.17g', '.3e', '.2f', 'g', '.12', ',.1f', '#.0e', '.0%', 'z.1f']
for i, f in enumerate(floats):
    for s in (specs if i < base_count else rspecs):
        out.append('    (0x%016x, %s, %s),' % (bits(f), rs(s), res(lambda: format(f, s))))
out.append('];')
out.append('pub(super) const REPR_CASES: &[(u64, &str)] = &[')
extra = [1e-7, 1.1, 2.2e-300, 1e200, 123e-20, 5e-5, 0.3, 1e17, 98765432109876543.0, 0.1+0.2, 1e15+0.3, 4e-4, 3e16]
for f in floats + extra:  # all floats, random ones included
    out.append('    (0x%016x, %s),' % (bits(f), rs(repr(f))))
out.append('];')
ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 65, 0x10ffff, 0x110000, 10**20, -(10**25) - 7, 2**64, 1000, 123456789, 10**400]
ispecs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', '_b', '_x', '#_x', ',x', ',b', '+d', ' d', '08d', '08x', '#010x', '#010b', '-#10o',
  '<8', '^9', '=+9', '*^+11,', 'e', '.2e', 'f', '.1f', 'g', '%', '.2%', 'E', 'G', 'F', '012,', '09_', '010_x', '.3', '.3d', '+c', '#c', 'z', 'zd', 's', 'r', ',_', '_,',
  '0<9', '0>9', '0^9', 'x<9,', 'a=+9d', '09,', '08,', '07,', '06,', '05,', '#_o', ',.2f', '010.1e', '#', '3c', '<3c']
out.append('pub(super) const INT_CASES: &[(&str, &str, Result<&str, &str>)] = &[')
for n in ints:
    for s in ispecs:
        out.append('    (%s, %s, %s),' % (rs(str(n)), rs(s), res(lambda: format(n, s))))
out.append('];')
strs = ['', 'abc', 'héllo', 'x'*3, 'a b']
sspecs = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '7.1', '05', '0>5', '=5', '+', '#', ',', 'z', 'd', '_', '.0', '^1', '\u00e9<6']
out.append('pub(super) const STR_CASES: &[(&str, &str, Result<&str, &str>)] = &[')
for v in strs:
    for s in sspecs:
        out.append('    (%s, %s, %s),' % (rs(v), rs(s), res(lambda: format(v, s))))
out.append('];')
# percent formatting: (template, int/float arg)
pint = ['%d', '%i', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%#08x', '%-#8o|', '%+.3x', '%c', '%10.4d', '%u', '%+05d', '% 05d', '%-05d|']
pflt = ['%f', '%e', '%g', '%E', '%G', '%F', '%.2f', '%10.3f', '%-10.3f|', '%+.1e', '%010.2f', '%#.0f', '%#g', '%.0e', '%.3g', '% f', '%#.3g', '%.20g', '%015e', '%r', '%s', '%-8s|', '%8.3s']
out.append('pub(super) const PERCENT_INT_CASES: &[(&str, &str, Result<&str, &str>)] = &[')
for n in [0, 5, -5, 42, -255, 65, 10**20, -(2**70), 0x110000]:
    for t in pint:
        out.append('    (%s, %s, %s),' % (rs(t), rs(str(n)), res(lambda: t % n)))
out.append('];')
out.append('pub(super) const PERCENT_FLOAT_CASES: &[(&str, u64, Result<&str, &str>)] = &[')
for f in [0.0, -0.0, 1.5, 2.5, -3.14159, 1e20, 1.23456789e-5, 123456.789, float('inf'), float('-inf'), float('nan'), 1e16, 0.1]:
    for t in pflt:
        out.append('    (%s, 0x%016x, %s),' % (rs(t), bits(f), res(lambda: t % f)))
out.append('];')
# parse_float
pf = ['1', ' 1.5 ', '-2e3', '+.5', '5.', '1_000.5', '1__0', '_1', '1_', '1e1_0', 'inf', '-Infinity', 'NaN', '-nan', 'nAn', 'infinit', '', ' ', '0x10', '1e', '1e+', '.', '1.2.3',
  '\t\n 3.25\r ', '1e400', '-1e400', '1e-400', '0.1', '00012', '1_2.3_4e-1_0', '1._2', '1_.2', '1e_1', '+-1', '--1', '1 2', '4.9406564584124654e-324', '2.2250738585072011e-308',
  '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999', '0.000001', 'infinity', 'INFINITY', '+inf', 'in f', '1\x0b', '\x0c 2']
out.append('pub(super) const PARSE_FLOAT_CASES: &[(&str, Option<u64>)] = &[')
for s in pf:
    try: v = 'Some(0x%016x)' % bits(float(s))
    except ValueError: v = 'None'
    out.append('    (%s, %s),' % (rs(s), v))
out.append('];')
pi = [('0', 10), ('12a', 10), (' -42 ', 10), ('+7', 10), ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x1f', 16), ('0x1f', 0), ('0X1F', 0), ('1f', 16), ('0b101', 0),
 ('0o17', 0), ('017', 0), ('00', 0), ('0_0', 0), ('0x_1f', 0), ('0x', 0), ('0b102', 0), ('z', 36), ('Z', 36), ('10', 36), ('123456789012345678901234567890', 10), ('-99999999999999999999', 10),
 ('9223372036854775807', 10), ('9223372036854775808', 10), ('-9223372036854775808', 10), ('-9223372036854775809', 10), ('', 10), ('  ', 10), ('-', 10), ('12', 2), ('0o17', 8), ('17', 8), ('0b1', 16),
 ('0b1', 2), ('\t12\n', 10), ('1 2', 10), ('0_x1', 0), ('ff', 15), ('1', 37), ('1', 1), ('0x1', 10), ('+_1', 10), ('1\x0b', 10), ("a'b", 10), ('0000', 10), ('0b', 2), ('0b_', 2)]
out.append('pub(super) const PARSE_INT_CASES: &[(&str, u32, Result<&str, &str>)] = &[')
for s, b in pi:
    try: r = 'Ok(%s)' % rs(str(int(s, b)))
    except ValueError as e: r = 'Err(%s)' % rs(str(e))
    out.append('    (%s, %d, %s),' % (rs(s), b, r))
out.append('];')
rounds = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (5e-324, 400), (1.5, 400), (123.456, -400), (-123.456, -400),
 (0.1, 1), (1e300, -299), (5e22, -23), (1.5e22, -22), (-0.4, 0), (2.5e-8, 8), (1.0000000000000002, 15), (0.285, 2), (1.005, 2), (float('inf'), 2), (12345.0, -4), (15000.0, -4), (25000.0, -4), (7.0, -1), (5.0, -1), (1e16 + 2, -1)]
out.append('pub(super) const ROUND_CASES: &[(u64, i32, Result<u64, &str>)] = &[')
for x, n in rounds:
    try: r = 'Ok(0x%016x)' % bits(round(x, n))
    except OverflowError: r = 'Err("OverflowError")'
    out.append('    (0x%016x, %d, %s),' % (bits(x), n, r))
for x, n in [(1.7976931348623157e308, -308), (1.7976931348623157e308, -307)]:
    try: r = 'Ok(0x%016x)' % bits(round(x, n))
    except OverflowError: r = 'Err("OverflowError")'
    out.append('    (0x%016x, %d, %s),' % (bits(x), n, r))
out.append('];')
print('//! Expected values generated by running CPython 3.11 (a throwaway script); do not edit by hand.\n')
print('\n'.join(out))
