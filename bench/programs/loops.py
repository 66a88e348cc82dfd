N = 35000
# Interpreter loop overhead: nested while/for loops over small-int
# arithmetic, comparisons and bit operations, both inside a function (fast
# locals) and at module level (globals).  Work is linear in N.


def in_function(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < 50:
            total = (total + i * j + (j << 3) ^ i) % 1000003
            j += 1
        for k in range(50):
            if k % 3 == 0:
                total += k
            elif k & 1:
                total -= 1
            else:
                total ^= k
        i += 1
    return total


g_total = 0
g_i = 0
while g_i < N // 4:
    for g_k in range(50):
        g_total = (g_total * 31 + g_k + g_i) % 65521
    g_i += 1

print("loops", N, in_function(N), g_total)
