# Mistake: a variable assigned only in try, used after the except branch printed a message: UnboundLocalError.
def read_value(text):
    try:
        value = int(text)
    except ValueError:
        print('bad input')
    return value * 2

print(read_value('4'))
print(read_value('four'))
