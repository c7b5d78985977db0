# Mistake: the except body indented with one tab under an except indented with four spaces.
def parse(text):
    try:
        return int(text)
    except ValueError:
	return None

print(parse("5"))
