#include "application.h"

int main(int argc, char *argv[])
{
    return Ripen::Application::run(argc, argv);
}
