import math

points = [(0, 0), (3, 4), (6, 0), (3, -4)]
perim = sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
print(f"perimeter {perim:.3f}")
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
print("area", area)
for deg in [0, 30, 45, 90, 180, 270]:
    r = math.radians(deg)
    print(f"{deg:>3} sin={math.sin(r):+.4f} cos={math.cos(r):+.4f} atan2={math.degrees(math.atan2(math.sin(r), math.cos(r))):.1f}")
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(round(math.pi, 3), round(math.e, 0), f"{math.pi:.10f}")
circle = lambda r: (2 * math.pi * r, math.pi * r ** 2)
print(["%.2f" % v for v in circle(2.5)])
