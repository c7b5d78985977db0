# Integer and float division, modulo and divmod with negatives
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(f'{a:>3} {b:>3}: /{a / b:>5} //{a // b:>3} %{a % b:>3} divmod{divmod(a, b)}')
print(7.5 // 2, 7.5 % 2, -7.5 // 2, divmod(7.5, 2))
print(2 ** 100, 2 ** 100 % 97, pow(2, 100, 97), pow(3, -1, 7))
print(10 / 4, 10 // 4, int(10 / 4), round(10 / 4))
print(1_000_000 // 7, 1_000_000 % 7)
seconds = 3725
h, rem = divmod(seconds, 3600)
m, s = divmod(rem, 60)
print(f'{h}:{m:02}:{s:02}')
print(5 % 0)
