# Mistake: the except clause placed after else in a try statement.
def parse(text):
    try:
        value = int(text)
    else:
        print('parsed', value)
    except ValueError:
        print('not a number:', text)


parse('12')
