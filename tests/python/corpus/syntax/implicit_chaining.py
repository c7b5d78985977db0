# An exception raised while handling another: "During handling of the above exception".
def parse(text):
    try:
        return int(text)
    except ValueError:
        return undefined_fallback(text)

def main():
    print(parse('12'))
    print(parse('twelve'))

main()
