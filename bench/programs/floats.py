N = 500
# Float arithmetic: a mandelbrot escape-time grid (N rows x 64 columns)
# and a small gravity simulation (3 bodies, 100 * N steps, with
# math.sqrt).  Constants are built from small ints so every implementation
# parses identical doubles; checksums are printed as ints.  Linear in N.
import math


def mandelbrot(rows, cols, max_iter):
    total = 0
    for r in range(rows):
        ci = -1.25 + 2.5 * r / rows
        for c in range(cols):
            cr = -2.0 + 2.75 * c / cols
            zr = 0.0
            zi = 0.0
            it = 0
            while it < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                it += 1
            total += it
    return total


def gravity(steps):
    pos = [[0.0, 0.0], [1.0, 0.0], [0.0, 3 / 2]]
    vel = [[0.0, 0.0], [0.0, 1.0], [-4 / 5, 0.0]]
    mass = [10.0, 1 / 10, 1 / 20]
    dt = 1 / 1000
    n = len(pos)
    for _ in range(steps):
        for i in range(n):
            pi = pos[i]
            for j in range(i + 1, n):
                pj = pos[j]
                dx = pi[0] - pj[0]
                dy = pi[1] - pj[1]
                d2 = dx * dx + dy * dy + 0.01
                inv = 1.0 / (d2 * math.sqrt(d2))
                vi = vel[i]
                vj = vel[j]
                vi[0] -= dx * mass[j] * inv * dt
                vi[1] -= dy * mass[j] * inv * dt
                vj[0] += dx * mass[i] * inv * dt
                vj[1] += dy * mass[i] * inv * dt
        for i in range(n):
            pos[i][0] += vel[i][0] * dt
            pos[i][1] += vel[i][1] * dt
    energy = 0.0
    for i in range(n):
        energy += 0.5 * mass[i] * (vel[i][0] * vel[i][0] + vel[i][1] * vel[i][1])
    return int(energy * 1000000), int(pos[1][0] * 1000000), int(pos[2][1] * 1000000)


print("floats", N, mandelbrot(N, 64, 200), *gravity(100 * N))
