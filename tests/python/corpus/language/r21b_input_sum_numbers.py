# reading numbers with input() until a blank line, then a float conversion mistake
total = 0
while True:
    line = input('number (blank to stop): ')
    if not line:
        break
    total += int(line)
print('total', total)
price = input('price: ')
print('with tax', price * 1.2)
