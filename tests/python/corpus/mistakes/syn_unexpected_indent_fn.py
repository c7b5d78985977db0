def main():
    print("a")
     print("b")
