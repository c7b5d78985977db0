# A bool where an int is computed: math.gcd, lcm, .real, .numerator and friends give int results, not True
import math, operator
print(math.gcd(True), math.gcd(True, 4), math.gcd(4, True), math.gcd(10**30, True), math.gcd(), math.lcm(True), math.lcm(True, 3), math.lcm(), math.gcd(0, True), math.gcd(-5), math.lcm(-3,True))
print(abs(True), +True, -False, True // 1, True % 5, True * 1, True << 0, True >> 0, True | 0, True & 1, True ^ 0, round(True), math.floor(True), math.trunc(True), int(True), operator.index(True), True.__index__(), divmod(True, 5), pow(True, 2), pow(True, 1, 5), math.isqrt(True), sum([True]), max(True, 0), math.comb(True, 1), math.perm(True), math.factorial(True))
print(True.real, True.numerator, True.denominator, True.conjugate(), True.__trunc__(), True.__floor__(), True.__ceil__(), True.__round__(), True.__round__(0), True.__pos__(), True.__abs__(), ~True, (True).__invert__())
