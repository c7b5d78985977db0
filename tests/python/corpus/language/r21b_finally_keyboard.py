# tutorial 8.7: finally before an uncaught KeyboardInterrupt
try:
    raise KeyboardInterrupt
finally:
    print('Goodbye, world!')
