class A x
