# uncaught KeyboardInterrupt: traceback and exit status
print("working")
def loop():
    raise KeyboardInterrupt
loop()
