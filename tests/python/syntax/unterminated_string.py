x = "hello
