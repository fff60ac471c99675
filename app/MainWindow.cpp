#include "MainWindow.h"

#include "storage/Database.h"

MainWindow::MainWindow(std::unique_ptr<Database> database, const DatabaseUrl &, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
}

MainWindow::~MainWindow() = default;
