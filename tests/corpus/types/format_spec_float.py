x = 1234.5678
print(f"{x:f}", f"{x:.0f}", f"{x:.1f}", f"{x:e}", f"{x:.2e}", f"{x:E}")
print(f"{x:g}", f"{x:.3g}", f"{0.00001234:g}", f"{1e20:g}", f"{100.0:g}", f"{x:G}")
print(f"{0.25:%}", f"{0.25:.1%}", f"{1:.0%}")
print(f"{x:,.2f}", f"{x:_.1f}", f"{-x:,.3f}", f"{1e6:,.0f}")
print(f"{x:12.2f}|", f"{x:<12.2f}|", f"{x:^12.2f}|", f"{x:*>12.2f}", f"{x:012.2f}", f"{-x:012.2f}")
print(f"{x:+.1f}", f"{x: .1f}", f"{-x: .1f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}")
print(f"{float('inf'):f}", f"{float('-inf'):.2f}", f"{float('nan'):f}", f"{-0.0:f}")
print(format(3.0), format(1e-7), format(0.1, ".17f")[:6], format(1.5, "10"))
