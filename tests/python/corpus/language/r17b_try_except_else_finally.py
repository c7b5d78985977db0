# try/except/else/finally with several inputs, showing which blocks run
def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print(f'  except: {e}')
        return None
    else:
        print(f'  else: parsed {value}')
        return value
    finally:
        print(f'  finally for {text!r}')

for t in ['12', 'abc', ' 7 ', '3.5', '-0']:
    print(t, '->', parse(t))
