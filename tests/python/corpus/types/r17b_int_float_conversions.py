# int and float conversions a learner tries with input-like strings
for text in ['42', ' 7 ', '-3', '3.14', '1e3', '0x1f', 'ten']:
    try:
        print(f'{text!r:8} int -> {int(text)}')
    except ValueError as e:
        print(f'{text!r:8} int fails: {e}')
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('777', 8))
print(float('3.14'), float('1e3'), float('-inf'), float(' 2 '))
print(int(3.99), int(-3.99), round(3.5), round(4.5), round(2.675, 2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(float('nan') == float('nan'), int(True), bool('False'))
print(float('abc'))
