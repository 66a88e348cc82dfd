class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(v, hi))
    @staticmethod
    def is_even(n):
        return n % 2 == 0
print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-5, 0, 10), MathUtil.is_even(4))
f = MathUtil.clamp
print(f(5, 0, 3))
