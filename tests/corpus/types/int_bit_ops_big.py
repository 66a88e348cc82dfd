a = (1 << 100) | 0b1011
print(a & 0xF, a >> 98, a.bit_length(), (a ^ (1 << 100)), bin(a)[-4:])
print(-a >> 99, (-a) & 0xF, ~a == -a - 1)
